package dev.trustcenter.render.file;

import dev.trustcenter.model.Translation;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.view.AiViews;
import dev.trustcenter.render.view.SubprocessorViews;
import dev.trustcenter.model.Obligation;

import dev.trustcenter.model.Pages;
import dev.trustcenter.model.Subprocessors;
import dev.trustcenter.rules.ChangeNotice;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * feed.xml, Atom 1.0 (RFC 4287): updates, subprocessor changes and EU AI Act duties, so customers can follow
 * changes without leaving an email address. Timestamps are content dates at midnight UTC; entry ids never change.
 * Written with the JDK's StAX writer (Rome and JDOM2 cost a cold build a tenth of a second for this one file); the
 * tests read it back with Rome.
 */
public final class AtomFeed implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        // Each language has its own feed, whose entries link that language's pages.
        String base = context.config().site().baseUrl().toString() + context.prefix();
        String host = context.config().site().baseUrl().getHost();
        Messages m = context.messages();
        List<Dated> entries = new ArrayList<>();
        for (Pages.Update update : context.site().updates()) {
            entries.add(new Dated(update.date(), update(update, base, context)));
        }
        for (ChangeNotice notice : context.posture().changes()) {
            entries.add(new Dated(updated(notice), change(notice, base, host, m)));
        }
        int lead = context.config().thresholds().expiringSoonDays();
        for (AiViews.BoundDuty duty : AiViews.boundDuties(context.posture())) {
            duty(duty, context.posture().asOf(), lead, base, host, m).ifPresent(entries::add);
        }
        entries.sort(Comparator.comparing(Dated::date).reversed().thenComparing(d -> d.entry().id()));
        LocalDate newest = entries.stream().map(Dated::date).max(Comparator.naturalOrder()).orElse(context.posture().asOf());
        String subtitle = m.text(AiViews.boundDuties(context.posture()).isEmpty() ? "feed.subtitle" : "feed.subtitle.ai",
                context.config().company().name());
        return List.of(new OutputFile(context.prefix() + "feed.xml", write(base, context.config().site().title(),
                subtitle, context.config().company().name(), newest, entries.stream().map(Dated::entry).toList())
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** One entry of the feed: its link is its alternate HTML page; a summary is plain text. */
    record Entry(String id, String title, LocalDate updated, LocalDate published, String link, Optional<String> summary) {}

    static final String ATOM = "http://www.w3.org/2005/Atom";

    /** The feed document, indented as feed readers and people read it. */
    static String write(String base, String title, String subtitle, String author, LocalDate updated,
                        List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, 1, "title", title);
            link(xml, 1, base, "alternate", "text/html");
            link(xml, 1, base + "feed.xml", "self", "application/atom+xml");
            indent(xml, 1);
            xml.writeStartElement("author");
            element(xml, 2, "name", author);
            indent(xml, 1);
            xml.writeEndElement();
            text(xml, 1, "subtitle", subtitle);
            element(xml, 1, "id", base + "feed.xml");
            element(xml, 1, "updated", instant(updated));
            for (Entry entry : entries) {
                indent(xml, 1);
                xml.writeStartElement("entry");
                element(xml, 2, "title", entry.title());
                link(xml, 2, entry.link(), "alternate", "text/html");
                element(xml, 2, "id", entry.id());
                element(xml, 2, "updated", instant(entry.updated()));
                element(xml, 2, "published", instant(entry.published()));
                if (entry.summary().isPresent()) {
                    text(xml, 2, "summary", entry.summary().get());
                }
                indent(xml, 1);
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the feed is built from valid parts", e);
        }
        return out.toString();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String value) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(value));
        xml.writeEndElement();
    }

    /** An Atom text construct of type text (RFC 4287 §3.1): what it says is shown as it is. */
    private static void text(XMLStreamWriter xml, int depth, String name, String value) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlText(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, int depth, String href, String rel, String type)
            throws XMLStreamException {
        indent(xml, depth);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", xmlText(href));
    }

    /**
     * Text as XML 1.0 may carry it: a character it does not allow (a control character pasted into a note) becomes
     * U+FFFD, so the feed stays well-formed whatever the content says. The writer escapes the rest.
     */
    static String xmlText(String value) {
        StringBuilder text = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || Character.isSurrogate(c) && validSurrogate(value, i);
            if (!allowed && text == null) {
                text = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (text != null) {
                text.append(allowed ? c : '\uFFFD');
            }
        }
        return text == null ? value : text.toString();
    }

    private static boolean validSurrogate(String value, int i) {
        char c = value.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }

    private record Dated(LocalDate date, Entry entry) {}

    private static Entry update(Pages.Update update, String base, RenderContext context) {
        String url = base + "updates/" + update.slug() + "/";
        var text = context.localized(Translation.Kind.UPDATE, update.slug(), update.title(), update.summary(),
                update.body(), null, "");
        return new Entry(url, text.title(), update.date(), update.date(), url, text.summary());
    }

    /**
     * An EU AI Act duty that binds a system of the register: announced {@code lead} days (expiring_soon_days)
     * before it applies, and updated on the day it does. Before its announcement it is only in the calendar.
     */
    private static Optional<Dated> duty(AiViews.BoundDuty duty, LocalDate asOf, int lead, String base, String host,
                                        Messages m) {
        Obligation o = duty.obligation();
        LocalDate announced = o.appliesFrom().minusDays(lead);
        if (asOf.isBefore(announced)) {
            return Optional.empty();
        }
        boolean applies = o.appliesOn(asOf);
        LocalDate updated = applies ? o.appliesFrom() : announced;
        Entry entry = new Entry("tag:" + host + "," + announced + ":ai-act/" + o.id(),
                m.text(applies ? "feed.duty.applies" : "feed.duty.upcoming", o.title()), updated, announced,
                base + "ai/#duty-" + o.id(), Optional.of(m.text(applies ? "feed.duty.applies.text"
                        : "feed.duty.upcoming.text", o.appliesFrom(),
                        m.list(o.articles().stream().map(a -> a.replace("Art.", "Art. ")).toList()), duty.names(m))));
        return Optional.of(new Dated(updated, entry));
    }

    /** An upcoming change names its effective date and the last day to object. */
    private static Entry change(ChangeNotice notice, String base, String host, Messages m) {
        Subprocessors.Change c = notice.change();
        String action = c.action().name().toLowerCase(Locale.ROOT);
        LocalDate published = c.announced().orElse(c.date());
        String change = m.text("feed.change." + c.action().name(), c.name(), c.date());
        StringBuilder summary = new StringBuilder(notice.upcoming() ? m.text("feed.change.upcoming", change) : change);
        if (notice.upcoming()) {
            notice.objectionsUntil().ifPresent(d -> summary.append(" ").append(m.text("feed.change.objections", d)));
        }
        c.note().ifPresent(n -> summary.append(" ").append(n));
        String shortNotice = SubprocessorViews.shortNotice(notice, m);
        if (shortNotice != null) {
            summary.append(" ").append(shortNotice);
        }
        return new Entry("tag:" + host + "," + published + ":subprocessors/" + action + "/"
                + SubprocessorViews.key(c.name()) + "/" + c.date(), m.text("feed.change.title." + c.action().name(),
                c.name()), updated(notice), published, base + "subprocessors/", Optional.of(summary.toString()));
    }

    /**
     * When the entry's text last changed: on announcement it reads "Upcoming…"; on its effective date that word
     * goes, so from then on the entry is updated as of that date and feed readers fetch the new text.
     */
    static LocalDate updated(ChangeNotice notice) {
        Subprocessors.Change c = notice.change();
        return notice.upcoming() ? c.announced().orElse(c.date()) : c.date();
    }

    static String instant(LocalDate date) {
        return DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
