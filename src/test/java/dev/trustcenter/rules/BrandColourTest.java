package dev.trustcenter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrandColourTest {

    @Test
    void contrastMatchesWcagReferenceValues() {
        assertEquals(21.0, BrandColour.contrast("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, BrandColour.contrast("#777", "#777777"), 0.001);
        assertEquals(4.48, BrandColour.contrast("#777777", "#ffffff"), 0.01);
    }

    @Test
    void picksTheTextColourThatReadsBest() {
        assertEquals("#ffffff", BrandColour.readableTextOn("#4f46e5"));
        assertEquals("#111827", BrandColour.readableTextOn("#fde047"));
    }

    /** Issue 17 §E1: any brand colour gives links and buttons that reach 4.5:1 wherever the theme puts them. */
    @ParameterizedTest
    @ValueSource(strings = {"#0f766e", "#4f46e5", "#fbbf24", "#ffffff", "#000000", "#22c55e", "#e11d48", "#0ea5e9",
        "#767676", "#fde047", "#7c3aed", "#f97316"})
    void everyBrandColourGetsAccessibleShades(String brand) {
        String link = BrandColour.textShadeOn(brand, BrandColour.LIGHT_BACKGROUNDS);
        for (String background : BrandColour.LIGHT_BACKGROUNDS) {
            assertTrue(BrandColour.contrast(link, background) >= 4.5, brand + " → " + link + " on " + background);
        }
        String button = BrandColour.buttonShade(brand);
        assertTrue(BrandColour.contrast(button, BrandColour.readableTextOn(button)) >= 4.5, brand + " → " + button);
    }

    @Test
    void aColourThatAlreadyReadsWellIsKeptAsItIs() {
        assertEquals("#1e3a8a", BrandColour.textShadeOn("#1e3a8a", BrandColour.LIGHT_BACKGROUNDS));
        assertEquals("#1e3a8a", BrandColour.buttonShade("#1e3a8a"));
    }
}
