package dev.trustcenter.render.file;

import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.view.StatusWords;
import dev.trustcenter.render.view.Tone;

import dev.trustcenter.rules.EntryStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** badges/ID.svg: a shields-style badge per compliance entry, such as "ISO 27001 | current", coloured by status. */
public final class Badges implements PageSet {

    /** The shields.io palette, by tone: a reader also gets the status in words. */
    static final Map<Tone, String> COLOURS = Map.of(
            Tone.GOOD, "#2e7d32", Tone.WARN, "#b25e00", Tone.BAD, "#c62828",
            Tone.INFO, "#0b62a4", Tone.NEUTRAL, "#5f6368");

    public record Badge(String label, String message, String colour, int labelWidth, int messageWidth, int width,
                        double labelX, double messageX) {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        return context.posture().entries().stream()
                .map(status -> new OutputFile("badges/" + status.entry().id() + ".svg",
                        context.theme().render("badge", Map.of("badge", badge(status, context.messages())),
                                        context.language())
                                .getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    static Badge badge(EntryStatus status, Messages m) {
        String label = status.entry().framework().shortName();
        String message = StatusWords.label(status, m).toLowerCase(m.locale());
        int labelWidth = textWidth(label) + 12;
        int messageWidth = textWidth(message) + 12;
        return new Badge(label, message, COLOURS.get(Tone.of(status.status())), labelWidth, messageWidth,
                labelWidth + messageWidth, labelWidth / 2.0, labelWidth + messageWidth / 2.0);
    }

    /** Approximate width in pixels of 11 px Verdana, the shields font: wide capitals, narrow i, l and punctuation. */
    static int textWidth(String text) {
        double width = 0;
        for (char c : text.toCharArray()) {
            if ("ijl.,:;!|' ".indexOf(c) >= 0) {
                width += 3.6;
            } else if (Character.isUpperCase(c) || c == 'm' || c == 'w') {
                width += 8.2;
            } else {
                width += 6.8;
            }
        }
        return (int) Math.ceil(width);
    }
}
