package dev.trustcenter.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.TestSite;
import dev.trustcenter.build.BuildDates;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 §D1: calendar.ics folds at 75 octets, never inside a character, and stamps the build's date. */
class CalendarFoldingTest {

    @TempDir
    Path folder;

    static final String ARABIC = "شركة الخدمات السحابية المتقدمة للشرق الأوسط وشمال أفريقيا المحدودة";
    static final String EMOJI = "Cloud 🚀 rockets 🚀🚀🚀 and more rockets 🚀🚀 to fill the line right at its fold point 🚀🚀🚀🚀";

    @Test
    void linesAreFoldedByOctetsAndReadBackWhole() throws Exception {
        TestSite site = TestSite.create(folder, """
                -- content/subprocessors.yaml --
                subprocessors:
                  - {name: Amazon Web Services, purpose: Hosting, locations: [US]}
                changes:
                  - {date: 2026-12-15, announced: 2026-11-10, action: added, name: "%s"}
                  - {date: 2026-12-16, announced: 2026-11-10, action: added, name: "%s"}
                """.formatted(ARABIC, EMOJI));
        LocalDate built = LocalDate.parse("2026-11-23");
        var result = dev.trustcenter.build.SiteBuild.render(site.config(),
                new BuildDates(LocalDate.parse("2026-11-22"), built), false);
        byte[] ics = result.files().orElseThrow().stream().filter(f -> f.path().equals("calendar.ics")).findFirst()
                .orElseThrow().bytes();
        String text = new String(ics, StandardCharsets.UTF_8);
        assertFalse(text.contains("\uFFFD"), "no character is split");
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line.getBytes(StandardCharsets.UTF_8).length
                    + " octets: " + line);
            assertFalse(line.equals(" "), "no empty continuation line");
        }
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        var summaries = calendar.getComponents("VEVENT").stream()
                .map(c -> ((VEvent) c).getSummary().orElseThrow().getValue()).toList();
        assertTrue(summaries.contains("Subprocessor added: " + ARABIC), summaries.toString());
        assertTrue(summaries.contains("Subprocessor added: " + EMOJI), summaries.toString());
        for (var event : calendar.getComponents("VEVENT")) {
            assertEquals("20261123T000000Z", ((VEvent) event).getDateTimeStamp().orElseThrow().getValue(), "DTSTAMP is the build's");
        }
    }

    @Test
    void aLineOfExactlySeventyFiveOctetsIsNotFolded() {
        String line = "X".repeat(75);
        assertEquals(line + "\r\n", new String(dev.trustcenter.render.file.CalendarFileAccess.fold(line + "\r\n"),
                StandardCharsets.UTF_8));
        String longer = "X".repeat(76);
        assertEquals("X".repeat(75) + "\r\n X\r\n", new String(dev.trustcenter.render.file.CalendarFileAccess.fold(longer + "\r\n"),
                StandardCharsets.UTF_8));
    }
}
