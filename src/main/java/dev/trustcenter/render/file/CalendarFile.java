package dev.trustcenter.render.file;

import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.view.AiViews;
import dev.trustcenter.render.view.SubprocessorViews;

import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.ComplianceEntry.Certificate;
import dev.trustcenter.model.ComplianceEntry.DifcRegistration;
import dev.trustcenter.model.ComplianceEntry.SocReport;
import dev.trustcenter.rules.ChangeNotice;
import dev.trustcenter.rules.EntryStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import java.net.URI;

/**
 * calendar.ics (RFC 5545), written with ical4j: expiries, renewals, surveillance audits, the day each SOC report
 * goes stale, and subprocessor effective and objection dates, as all-day events with stable UIDs.
 */
public final class CalendarFile implements PageSet {

    record Event(LocalDate date, String uid, String summary, String description, String url) {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        // Each language has its own calendar, whose events link that language's pages.
        String base = context.config().site().baseUrl().toString() + context.prefix();
        String host = context.config().site().baseUrl().getHost();
        List<Event> events = events(context, base, host);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//trustcenter//" + context.config().site().title() + "//"
                + context.language().toUpperCase(Locale.ROOT)));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // RFC 5545 §3.8.7.2: DTSTAMP is when the object was created or revised, which for a built calendar is the
        // build: its date, so the bytes stay the same for the same build date.
        var stamp = context.buildDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Event e : events) {
            VEvent event = new VEvent(false);
            event.add(new Uid(e.uid()));
            event.add(new DtStamp(stamp));
            event.add(new DtStart<>(e.date()));
            event.add(new Summary(e.summary()));
            event.add(new Description(e.description()));
            event.add(new Url(URI.create(e.url())));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            // ical4j folds by characters; lines are written whole here and folded by octets below.
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(new OutputFile(context.prefix() + "calendar.ics", fold(out.toString())));
    }

    static final int LINE_OCTETS = 75;

    /**
     * RFC 5545 §3.1: a content line longer than 75 octets is folded, each continuation starting with a space. The
     * limit is in octets of UTF-8, and a fold never splits a character (Arabic names and emoji stay whole); a line
     * that fits exactly gets no empty continuation after it.
     */
    static byte[] fold(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : text.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int room = LINE_OCTETS;
            int used = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                byte[] character = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                if (used + character.length > room) {
                    out.writeBytes(new byte[] {'\r', '\n', ' '});
                    room = LINE_OCTETS - 1;
                    used = 0;
                }
                out.writeBytes(character);
                used += character.length;
                i += Character.charCount(codePoint);
            }
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        return out.toByteArray();
    }

    static List<Event> events(RenderContext context, String base, String host) {
        Messages m = context.messages();
        String files = context.config().site().baseUrl().toString();
        List<Event> events = new ArrayList<>();
        for (EntryStatus status : context.posture().entries()) {
            ComplianceEntry entry = status.entry();
            String name = entry.framework().shortName();
            String url = base + "compliance/" + entry.id() + "/";
            if (entry.details() instanceof Certificate cert) {
                cert.expires().ifPresent(d -> events.add(new Event(d, uid("certificate-expires", entry.id(), d, host),
                        m.text("calendar.certificate", name), m.text("calendar.certificate.text",
                        cert.certificateNumber().orElse("")), url)));
                for (var audit : cert.surveillanceAudits()) {
                    String result = audit.result().map(m::label).orElse(m.text("cert.surveillance.planned"));
                    events.add(new Event(audit.date(), uid("surveillance-audit", entry.id(), audit.date(), host),
                            m.text("calendar.surveillance", name, result), cert.certificationBody()
                            .map(b -> m.text("calendar.surveillance.by", b, result))
                            .orElse(m.text("calendar.surveillance.text", result)), url));
                }
            }
            if (entry.details() instanceof SocReport && status.validUntil().isPresent()) {
                LocalDate stale = status.validUntil().get().plusDays(1);
                events.add(new Event(stale, uid("report-stale", entry.id(), stale, host),
                        m.text("calendar.stale", name), m.text("calendar.stale.text", name), url));
            }
            if (entry.details() instanceof DifcRegistration difc) {
                difc.notification().ifPresent(n -> events.add(new Event(n.expires(),
                        uid("difc-notification-expires", entry.id(), n.expires(), host),
                        m.text("calendar.difc", n.number()), m.text("calendar.difc.text"), url)));
            }
        }
        context.config().securityTxt().ifPresent(txt -> events.add(new Event(txt.expires(),
                uid("security-txt-expires", "security-txt", txt.expires(), host), m.text("calendar.securityTxt"),
                m.text("calendar.securityTxt.text"), files + ".well-known/security.txt")));
        for (ChangeNotice notice : context.posture().changes()) {
            var c = notice.change();
            String action = c.action().name().toLowerCase(Locale.ROOT);
            String key = SubprocessorViews.key(c.name());
            events.add(new Event(c.date(), uid("subprocessor-" + action, key, c.date(), host),
                    m.text("feed.change.title." + c.action().name(), c.name()),
                    c.note().orElse(m.text("calendar.change.text")), base + "subprocessors/"));
            notice.objectionsUntil().filter(d -> notice.upcoming()).ifPresent(d -> events.add(new Event(d,
                    uid("subprocessor-objections", key, d, host), m.text("calendar.objections", c.name()),
                    m.text("calendar.objections.text"), base + "subprocessors/")));
        }
        for (AiViews.BoundDuty duty : AiViews.boundDuties(context.posture())) {
            var o = duty.obligation();
            events.add(new Event(o.appliesFrom(), uid("ai-act-duty", o.id(), o.appliesFrom(), host),
                    m.text("feed.duty.applies", o.title()), m.text("calendar.duty.text",
                    m.list(o.articles().stream().map(a -> a.replace("Art.", "Art. ")).toList()), duty.names(m)),
                    base + "ai/#duty-" + o.id()));
        }
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::uid));
        return events;
    }

    /** Stable: the same fact on the same date always has the same UID. */
    static String uid(String kind, String id, LocalDate date, String host) {
        return kind + "-" + id + "-" + date + "@" + host;
    }
}
