package dev.trustcenter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
