package dev.trustcenter.rules;

import java.util.List;
import java.util.Locale;

/** WCAG 2.2 relative luminance and contrast, for the brand colour and the text placed on it. */
public final class BrandColour {

    private BrandColour() {}

    /** WCAG 2.2 SC 1.4.3: normal text needs 4.5:1. */
    public static final double TEXT_CONTRAST = 4.5;

    /**
     * Every light background the default theme puts brand-coloured text on: the page, cards and panels, and the
     * tinted notices (info, warning, good, bad, neutral).
     */
    public static final List<String> LIGHT_BACKGROUNDS = List.of("#ffffff", "#f8fafc", "#dbeafe", "#fef9c3", "#dcfce7",
            "#fee2e2", "#f1f5f9");

    /**
     * The brand colour, or the nearest darker shade of it, that reads as text at 4.5:1 on every one of
     * {@code backgrounds}: what links use, so any brand colour gives accessible links.
     */
    public static String textShadeOn(String brand, List<String> backgrounds) {
        String shade = normalise(brand);
        for (int step = 0; step <= 100 && minContrast(shade, backgrounds) < TEXT_CONTRAST; step++) {
            shade = mix(normalise(brand), "#000000", step / 100.0);
        }
        return shade;
    }

    /**
     * The brand colour, or the nearest shade of it, behind which {@link #readableTextOn} reaches 4.5:1: what
     * buttons use.
     */
    public static String buttonShade(String brand) {
        String shade = normalise(brand);
        String towards = readableTextOn(shade).equals("#ffffff") ? "#000000" : "#ffffff";
        for (int step = 0; step <= 100 && contrast(shade, readableTextOn(shade)) < TEXT_CONTRAST; step++) {
            shade = mix(normalise(brand), towards, step / 100.0);
        }
        return shade;
    }

    /** WCAG's highest contrast ratio, black on white. */
    static final double MAX_CONTRAST = 21;

    /** The lowest contrast of a colour against the backgrounds; with no background, nothing limits it. */
    static double minContrast(String colour, List<String> backgrounds) {
        return backgrounds.stream().mapToDouble(b -> contrast(colour, b)).min().orElse(MAX_CONTRAST);
    }

    /** {@code a} moved a {@code share} of the way towards {@code b}, channel by channel. */
    static String mix(String a, String b, double share) {
        int x = Integer.parseInt(a.substring(1), 16);
        int y = Integer.parseInt(b.substring(1), 16);
        int r = (int) Math.round(((x >> 16) & 0xff) * (1 - share) + ((y >> 16) & 0xff) * share);
        int g = (int) Math.round(((x >> 8) & 0xff) * (1 - share) + ((y >> 8) & 0xff) * share);
        int bl = (int) Math.round((x & 0xff) * (1 - share) + (y & 0xff) * share);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, bl);
    }

    /** "#ABC" and "#aabbcc" alike, as "#aabbcc". */
    static String normalise(String hex) {
        String h = hex.substring(1).toLowerCase(Locale.ROOT);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        return "#" + h;
    }

    /** White or near-black, whichever contrasts more with the brand colour. */
    public static String readableTextOn(String hex) {
        return contrast(hex, "#ffffff") >= contrast(hex, "#111827") ? "#ffffff" : "#111827";
    }

    /** The WCAG contrast ratio of two colours, from 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        int rgb = Integer.parseInt(h, 16);
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
