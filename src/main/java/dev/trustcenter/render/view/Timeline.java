package dev.trustcenter.render.view;

import dev.trustcenter.model.ComplianceEntry.Certificate;
import dev.trustcenter.model.ComplianceEntry.DifcRegistration;
import dev.trustcenter.model.ComplianceEntry.SocReport;
import dev.trustcenter.rules.EntryStatus;
import dev.trustcenter.rules.Posture;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.trustcenter.render.i18n.Messages;

/**
 * The home page's validity timeline, laid out in Java for an inline SVG: each certificate's validity, each SOC
 * report's observation period, the months it stays current and its bridge letter, and each DIFC notification,
 * against a line at the as-of date. The template only draws the rectangles it is given.
 */
public final class Timeline {

    static final int WIDTH = 960;
    static final int LABEL = 190;
    static final int ROW = 34;
    static final int TOP = 30;

    /** A span drawn as a rectangle; a bridge letter is a thinner bar under the report's. */
    public record Bar(double x, double y, double width, double height, String kind, String label) {}

    /** Maps a date to its horizontal position on the plot. */
    private record Scale(LocalDate start, double days, int plot) {
        double x(LocalDate date) {
            return LABEL + plot * ChronoUnit.DAYS.between(start, date) / days;
        }
    }

    public record Marker(double x, String label) {}

    /** A row; its label's baseline and its markers' centre are laid out here, not in the template. */
    public record Row(String label, double y, double labelY, double markerY, List<Bar> bars, List<Marker> markers) {}

    /** A year line and its label, which sits just right of it. */
    public record Tick(double x, double labelX, String label) {}

    /** Everything to draw, in SVG user units; {@code summary} is the text alternative. */
    /**
     * @param asOfLabelX     where the "As of" label starts, or ends when {@code asOfLabelAnchor} is "end": near the
     *                       right edge the label runs leftwards so it is never clipped
     */
    public record View(int width, int height, int plotLeft, List<Row> rows, List<Tick> ticks, int tickBottom,
                       double asOfX, int asOfBottom, int labelY, String asOfLabel, double asOfLabelX,
                       String asOfLabelAnchor, String summary, double rowLabelX, String direction) {

        /**
         * The same timeline for a right-to-left page: time runs from right to left, the row labels stand at the
         * right, and every label reads from its own start (the SVG's direction is rtl, so "start" is the right).
         */
        View mirrored() {
            List<Row> mirroredRows = rows.stream().map(r -> new Row(r.label(), r.y(), r.labelY(), r.markerY(),
                    r.bars().stream().map(b -> new Bar(round(width - b.x() - b.width()), b.y(), b.width(), b.height(),
                            b.kind(), b.label())).toList(),
                    r.markers().stream().map(m -> new Marker(round(width - m.x()), m.label())).toList())).toList();
            List<Tick> mirroredTicks = ticks.stream()
                    .map(t -> new Tick(round(width - t.x()), round(width - t.x() - 4), t.label())).toList();
            double x = round(width - asOfX);
            boolean fitsLeft = x - 4 - asOfLabel.length() * CHAR_WIDTH >= 0;
            return new View(width, height, plotLeft, mirroredRows, mirroredTicks, tickBottom, x, asOfBottom, labelY,
                    asOfLabel, fitsLeft ? x - 4 : x + 4, fitsLeft ? "start" : "end", summary, width, "rtl");
        }
    }

    /** Roughly the width of a character of the label font, in user units; enough to keep labels inside. */
    static final double CHAR_WIDTH = 7.5;

    private record Span(LocalDate from, LocalDate to, String kind, String label) {}

    private record Line(String label, List<Span> spans, List<LocalDate> markers, List<String> markerLabels) {}

    public static Optional<View> of(Posture posture, Messages m) {
        List<Line> lines = new ArrayList<>();
        for (EntryStatus status : posture.entries()) {
            var entry = status.entry();
            String name = entry.framework().shortName();
            if (entry.details() instanceof SocReport soc && status.validUntil().isPresent()) {
                List<Span> spans = new ArrayList<>();
                LocalDate end = soc.coverageEnd().orElseThrow();
                soc.period().ifPresent(p -> spans.add(new Span(p.start(), p.end(), "audit",
                        m.text("timeline.period", name, p.start(), p.end()))));
                // The currency span takes the card's tone: green while current, amber when about to go stale, red once
                // stale, so the timeline never contradicts the card.
                spans.add(new Span(end, status.validUntil().get(), Tone.of(status.status()).css(),
                        m.text(Tone.of(status.status()) == Tone.BAD ? "timeline.report.was" : "timeline.report", name,
                                status.validUntil().get(), StatusWords.label(status, m).toLowerCase(m.locale()))));
                status.bridgeLetter().ifPresent(b -> spans.add(new Span(end, b.date(), "bridge",
                        m.text("timeline.bridge", end, b.date()))));
                lines.add(new Line(name, spans, List.of(), List.of()));
            } else if (entry.details() instanceof Certificate cert && cert.issued().isPresent()
                    && status.validUntil().isPresent()) {
                lines.add(new Line(name, List.of(new Span(cert.issued().get(), status.validUntil().get(),
                        Tone.of(status.status()).css(),
                        m.text("timeline.certificate", name, cert.issued().get(), status.validUntil().get()))),
                        cert.surveillanceAudits().stream().map(a -> a.date()).toList(),
                        cert.surveillanceAudits().stream().map(a -> m.text("timeline.surveillance", a.date(),
                                a.result().map(m::label).orElse(m.text("cert.surveillance.planned")))).toList()));
            } else if (entry.details() instanceof DifcRegistration difc && difc.notification().isPresent()) {
                var n = difc.notification().get();
                LocalDate from = n.renewed().orElse(n.expires().minusYears(1));
                lines.add(new Line(m.text("timeline.difc.row"), List.of(new Span(from, n.expires(),
                        Tone.of(status.status()).css(),
                        m.text("timeline.difc", n.number(), n.expires()))),
                        List.of(), List.of()));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        LocalDate asOf = posture.asOf();
        LocalDate first = lines.stream().flatMap(l -> l.spans().stream()).map(Span::from).min(LocalDate::compareTo)
                .orElse(asOf);
        LocalDate last = lines.stream().flatMap(l -> l.spans().stream()).map(Span::to).max(LocalDate::compareTo)
                .orElse(asOf);
        LocalDate start = min(first, asOf).withDayOfMonth(1);
        LocalDate stop = max(last, asOf).plusMonths(1).withDayOfMonth(1);
        double days = ChronoUnit.DAYS.between(start, stop);
        int plot = WIDTH - LABEL - 20;
        Scale x = new Scale(start, days, plot);

        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            double y = TOP + i * ROW;
            List<Bar> bars = line.spans().stream()
                    .map(s -> new Bar(round(x.x(s.from())), s.kind().equals("bridge") ? y + 14 : y + 4,
                            round(Math.max(2, x.x(s.to()) - x.x(s.from()))), s.kind().equals("bridge") ? 8 : 16,
                            s.kind(), s.label()))
                    .toList();
            List<Marker> markers = new ArrayList<>();
            for (int k = 0; k < line.markers().size(); k++) {
                markers.add(new Marker(round(x.x(line.markers().get(k))), line.markerLabels().get(k)));
            }
            rows.add(new Row(line.label(), y, y + 15, y + 12, bars, markers));
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate year = start.withDayOfYear(1).plusYears(start.getDayOfYear() == 1 ? 0 : 1);
                year.isBefore(stop); year = year.plusYears(1)) {
            ticks.add(new Tick(round(x.x(year)), round(x.x(year)) + 4, String.valueOf(year.getYear())));
        }
        String summary = String.join(". ", lines.stream().flatMap(l -> l.spans().stream()).map(Span::label).toList())
                + ". " + m.text("timeline.summary.asOf", asOf);
        String asOfLabel = m.text("timeline.asOf", asOf);
        double asOfX = round(x.x(asOf));
        boolean fitsRight = asOfX + 4 + asOfLabel.length() * CHAR_WIDTH <= WIDTH;
        int height = TOP + lines.size() * ROW + 24;
        View view = new View(WIDTH, height, LABEL, rows, ticks, height - 8, asOfX, height - 6, height - 2,
                asOfLabel, fitsRight ? asOfX + 4 : asOfX - 4, fitsRight ? "start" : "end", summary, 0, "ltr");
        return Optional.of(m.rightToLeft() ? view.mirrored() : view);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
