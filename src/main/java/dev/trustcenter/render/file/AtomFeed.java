package dev.trustcenter.render.file;

import dev.trustcenter.model.Translation;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
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
import java.util.Optional;
import java.util.Locale;

/**
 * feed.xml, Atom 1.0 (RFC 4287), written with Rome: updates and subprocessor changes, so customers can follow
 * changes without leaving an email address. Timestamps are content dates at midnight UTC; entry ids never change.
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
        entries.sort(Comparator.comparing(Dated::date).reversed().thenComparing(d -> d.entry().getId()));

        Feed feed = new Feed("atom_1.0");
        feed.setId(base + "feed.xml");
        feed.setTitle(context.config().site().title());
        feed.setLanguage(context.language());
        feed.setSubtitle(text(m.text(AiViews.boundDuties(context.posture()).isEmpty() ? "feed.subtitle"
                : "feed.subtitle.ai", context.config().company().name())));
        feed.setAlternateLinks(List.of(link(base, "alternate", "text/html")));
        feed.setOtherLinks(List.of(link(base + "feed.xml", "self", "application/atom+xml")));
        Person author = new Person();
        author.setName(context.config().company().name());
        feed.setAuthors(List.of(author));
        LocalDate newest = entries.stream().map(Dated::date).max(Comparator.naturalOrder()).orElse(context.posture().asOf());
        feed.setUpdated(instant(newest));
        feed.setEntries(entries.stream().map(Dated::entry).toList());
        try {
            return List.of(new OutputFile(context.prefix() + "feed.xml", new WireFeedOutput().outputString(feed, true)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (FeedException e) {
            throw new IllegalStateException("the feed is built from valid parts", e);
        }
    }

    private record Dated(LocalDate date, Entry entry) {}

    private static Entry update(Pages.Update update, String base, RenderContext context) {
        Entry entry = new Entry();
        String url = base + "updates/" + update.slug() + "/";
        var text = context.localized(Translation.Kind.UPDATE, update.slug(), update.title(), update.summary(),
                update.body(), null, "");
        entry.setId(url);
        entry.setTitle(text.title());
        entry.setUpdated(instant(update.date()));
        entry.setPublished(instant(update.date()));
        entry.setAlternateLinks(List.of(link(url, "alternate", "text/html")));
        text.summary().ifPresent(s -> entry.setSummary(text(s)));
        return entry;
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
        Entry entry = new Entry();
        entry.setId("tag:" + host + "," + announced + ":ai-act/" + o.id());
        entry.setTitle(m.text(applies ? "feed.duty.applies" : "feed.duty.upcoming", o.title()));
        LocalDate updated = applies ? o.appliesFrom() : announced;
        entry.setUpdated(instant(updated));
        entry.setPublished(instant(announced));
        entry.setAlternateLinks(List.of(link(base + "ai/#duty-" + o.id(), "alternate", "text/html")));
        entry.setSummary(text(m.text(applies ? "feed.duty.applies.text" : "feed.duty.upcoming.text", o.appliesFrom(),
                m.list(o.articles().stream().map(a -> a.replace("Art.", "Art. ")).toList()), duty.names(m))));
        return Optional.of(new Dated(updated, entry));
    }

    /** An upcoming change names its effective date and the last day to object. */
    private static Entry change(ChangeNotice notice, String base, String host, Messages m) {
        Subprocessors.Change c = notice.change();
        String action = c.action().name().toLowerCase(Locale.ROOT);
        LocalDate published = c.announced().orElse(c.date());
        Entry entry = new Entry();
        entry.setId("tag:" + host + "," + published + ":subprocessors/" + action + "/"
                + SubprocessorViews.key(c.name()) + "/" + c.date());
        entry.setTitle(m.text("feed.change.title." + c.action().name(), c.name()));
        entry.setUpdated(instant(updated(notice)));
        entry.setPublished(instant(published));
        entry.setAlternateLinks(List.of(link(base + "subprocessors/", "alternate", "text/html")));
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
