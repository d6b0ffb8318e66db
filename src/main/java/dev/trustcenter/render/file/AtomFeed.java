package dev.trustcenter.render.file;

import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.view.DateView;
import dev.trustcenter.render.view.AiViews;
import dev.trustcenter.render.view.SubprocessorViews;
import dev.trustcenter.model.Obligation;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.trustcenter.model.Pages;
import dev.trustcenter.model.Subprocessors;
import dev.trustcenter.rules.ChangeNotice;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Locale;

/**
 * feed.xml, Atom 1.0 (RFC 4287), written with Rome: updates and subprocessor changes, so customers can follow
 * changes without leaving an email address. Timestamps are content dates at midnight UTC; entry ids never change.
 */
public final class AtomFeed implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        String base = context.config().site().baseUrl().toString();
        String host = context.config().site().baseUrl().getHost();
        List<Dated> entries = new ArrayList<>();
        for (Pages.Update update : context.site().updates()) {
            entries.add(new Dated(update.date(), update(update, base)));
        }
        for (ChangeNotice notice : context.posture().changes()) {
            entries.add(new Dated(updated(notice), change(notice, base, host)));
        }
        int lead = context.config().thresholds().expiringSoonDays();
        for (AiViews.BoundDuty duty : AiViews.boundDuties(context.posture())) {
            duty(duty, context.posture().asOf(), lead, base, host).ifPresent(entries::add);
        }
        entries.sort(Comparator.comparing(Dated::date).reversed().thenComparing(d -> d.entry().getId()));

        Feed feed = new Feed("atom_1.0");
        feed.setId(base + "feed.xml");
        feed.setTitle(context.config().site().title());
        feed.setSubtitle(text((AiViews.boundDuties(context.posture()).isEmpty() ? "Updates and subprocessor changes"
                : "Updates, subprocessor changes and EU AI Act duties") + " from " + context.config().company().name()
                + "."));
        feed.setAlternateLinks(List.of(link(base, "alternate", "text/html")));
        feed.setOtherLinks(List.of(link(base + "feed.xml", "self", "application/atom+xml")));
        Person author = new Person();
        author.setName(context.config().company().name());
        feed.setAuthors(List.of(author));
        LocalDate newest = entries.stream().map(Dated::date).max(Comparator.naturalOrder()).orElse(context.posture().asOf());
        feed.setUpdated(instant(newest));
        feed.setEntries(entries.stream().map(Dated::entry).toList());
        try {
            return List.of(new OutputFile("feed.xml", new WireFeedOutput().outputString(feed, true)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (FeedException e) {
            throw new IllegalStateException("the feed is built from valid parts", e);
        }
    }

    private record Dated(LocalDate date, Entry entry) {}

    private static Entry update(Pages.Update update, String base) {
        Entry entry = new Entry();
        String url = base + "updates/" + update.slug() + "/";
        entry.setId(url);
        entry.setTitle(update.title());
        entry.setUpdated(instant(update.date()));
        entry.setPublished(instant(update.date()));
        entry.setAlternateLinks(List.of(link(url, "alternate", "text/html")));
        update.summary().ifPresent(s -> entry.setSummary(text(s)));
        return entry;
    }

    /**
     * An EU AI Act duty that binds a system of the register: announced {@code lead} days (expiring_soon_days)
     * before it applies, and updated on the day it does. Before its announcement it is only in the calendar.
     */
    private static Optional<Dated> duty(AiViews.BoundDuty duty, LocalDate asOf, int lead, String base, String host) {
        Obligation o = duty.obligation();
        LocalDate announced = o.appliesFrom().minusDays(lead);
        if (asOf.isBefore(announced)) {
            return Optional.empty();
        }
        boolean applies = o.appliesOn(asOf);
        Entry entry = new Entry();
        entry.setId("tag:" + host + "," + announced + ":ai-act/" + o.id());
        entry.setTitle((applies ? "EU AI Act duties apply: " : "Upcoming EU AI Act duties: ") + o.title());
        LocalDate updated = applies ? o.appliesFrom() : announced;
        entry.setUpdated(instant(updated));
        entry.setPublished(instant(announced));
        entry.setAlternateLinks(List.of(link(base + "ai/#duty-" + o.id(), "alternate", "text/html")));
        entry.setSummary(text((applies ? "Since " : "From ") + DateView.words(o.appliesFrom()) + ", "
                + o.articles().stream().map(a -> a.replace("Art.", "Art. ")).collect(Collectors.joining(", "))
                + " of the EU AI Act " + (applies ? "apply" : "will apply") + " to " + duty.names() + "."));
        return Optional.of(new Dated(updated, entry));
    }

    /** An upcoming change names its effective date and the last day to object. */
    private static Entry change(ChangeNotice notice, String base, String host) {
        Subprocessors.Change c = notice.change();
        String action = c.action().name().toLowerCase(Locale.ROOT);
        LocalDate published = c.announced().orElse(c.date());
        Entry entry = new Entry();
        entry.setId("tag:" + host + "," + published + ":subprocessors/" + action + "/"
                + SubprocessorViews.key(c.name()) + "/" + c.date());
        entry.setTitle("Subprocessor " + action + ": " + c.name());
        entry.setUpdated(instant(updated(notice)));
        entry.setPublished(instant(published));
        entry.setAlternateLinks(List.of(link(base + "subprocessors/", "alternate", "text/html")));
        StringBuilder summary = new StringBuilder();
        summary.append(notice.upcoming() ? "Upcoming: " : "").append(capitalise(action)).append(" ").append(c.name())
                .append(", effective ").append(DateView.words(c.date())).append(".");
        if (notice.upcoming()) {
            notice.objectionsUntil().ifPresent(d -> summary.append(" Objections until ").append(DateView.words(d)).append("."));
        }
        c.note().ifPresent(n -> summary.append(" ").append(n));
        String shortNotice = SubprocessorViews.shortNotice(notice);
        if (shortNotice != null) {
            summary.append(" ").append(shortNotice);
        }
        entry.setSummary(text(summary.toString()));
        return entry;
    }

    /**
     * When the entry's text last changed: on announcement it reads "Upcoming…"; on its effective date that word
     * goes, so from then on the entry is updated as of that date and feed readers fetch the new text.
     */
    static LocalDate updated(ChangeNotice notice) {
        Subprocessors.Change c = notice.change();
        return notice.upcoming() ? c.announced().orElse(c.date()) : c.date();
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String href, String rel, String type) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    static Date instant(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
