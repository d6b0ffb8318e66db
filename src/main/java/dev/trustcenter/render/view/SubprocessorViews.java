package dev.trustcenter.render.view;

import dev.trustcenter.render.file.SubprocessorData;

import dev.trustcenter.model.Country;
import dev.trustcenter.model.Subprocessors;
import dev.trustcenter.model.Subprocessors.Subprocessor;
import dev.trustcenter.model.EntryTranslation;
import dev.trustcenter.render.EntryText;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.rules.ChangeNotice;
import dev.trustcenter.rules.Posture;
import dev.trustcenter.rules.SubprocessorStatus;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;

/** The subprocessor list as the page, the JSON and the CSV show it: grouped by category, with country names. */
public final class SubprocessorViews {

    private SubprocessorViews() {}

    public record CountryView(String code, String name) {
        static CountryView of(Country country, Messages m) {
            return new CountryView(country.code(), m.country(country.code()));
        }
    }

    /**
     * @param starts the day an upcoming subprocessor starts; null for one in use
     * @param ends   the announced last day of one in use; null when none is announced
     * @param anchor the id of its row, which the AI system pages link to
     * @param aiSystems the AI systems that run its models
     * @param locationNames its locations' names, listed as the language lists them
     * @param category      its category as written, which groups it; {@code categoryLabel} in the page's language
     * @param lang          its words' language when it is not the page's (not translated yet), else null
     */
    public record SubprocessorView(String name, String purpose, String category, List<String> data,
                                   List<CountryView> locations, CountryView corporateLocation, String transferMechanism,
                                   String website, String dpa, DateView since, boolean aiModelProvider,
                                   DateView starts, DateView ends, String anchor, List<AiViews.SystemLink> aiSystems,
                                   String locationNames, String categoryLabel, String lang, String dir) {}

    public record Group(String category, String key, List<SubprocessorView> subprocessors) {}

    /**
     * @param objectionsUntil the last day to object, for an upcoming addition or update
     */
    public record ChangeView(DateView date, DateView announced, String action, String actionLabel, String name,
                             String note, boolean upcoming, DateView objectionsUntil, Long noticeDays,
                             String shortNotice) {}

    /**
     * The list and its changes as subprocessors.json and trust.json publish them: {@code subprocessors} are those
     * in use as of the build; {@code upcoming} those listed but not started yet.
     */
    public record Data(int noticePeriodDays, List<SubprocessorData> subprocessors, List<SubprocessorData> upcoming,
                       List<ChangeData> changes) {}

    /** One subprocessor for machines: codes rather than labels, ISO dates. */
    public record SubprocessorData(String name, String purpose, String category, List<String> data,
                                   List<String> locations, List<String> locationNames, String corporateLocation,
                                   String transferMechanism, String website, String dpa, String since,
                                   boolean aiModelProvider, String starts, String ends) {

        static SubprocessorData of(SubprocessorStatus status) {
            Subprocessor s = status.subprocessor();
            return new SubprocessorData(s.name(), s.purpose(), s.category().orElse(null), s.data(),
                    s.locations().stream().map(Country::code).toList(), s.locations().stream().map(Country::name).toList(),
                    s.corporateLocation().map(Country::code).orElse(null),
                    s.transferMechanism().map(m -> m.name().toLowerCase(Locale.ROOT)).orElse(null),
                    s.website().map(URI::toString).orElse(null), s.dpa().map(URI::toString).orElse(null),
                    s.since().map(Object::toString).orElse(null), s.aiModelProvider(),
                    status.starts().map(Object::toString).orElse(null), status.ends().map(Object::toString).orElse(null));
        }
    }

    /**
     * @param shortNotice the plain statement when less notice was given than promised, else null
     * @param effectiveBeforeObjectionsEnd true when the change takes effect before customers could object
     */
    public record ChangeData(String date, String announced, String action, String name, String note, boolean upcoming,
                             String objectionsUntil, Long noticeDays, int noticePromisedDays, String shortNotice,
                             boolean effectiveBeforeObjectionsEnd) {}

    private static final Comparator<SubprocessorStatus> BY_NAME =
            Comparator.comparing((SubprocessorStatus s) -> s.subprocessor().name().toLowerCase(Locale.ROOT));

    /** @param m the messages of the short-notice statement: the files are language-neutral, so English */
    public static Data data(Posture posture, Messages m) {
        return new Data(posture.content().subprocessors().noticePeriodDays(),
                posture.currentSubprocessors().stream().sorted(BY_NAME).map(SubprocessorData::of).toList(),
                posture.upcomingSubprocessors().stream().sorted(BY_NAME).map(SubprocessorData::of).toList(),
                posture.changes().stream().map(n -> new ChangeData(n.change().date().toString(),
                        n.change().announced().map(Object::toString).orElse(null),
                        n.change().action().name().toLowerCase(Locale.ROOT), n.change().name(),
                        n.change().note().orElse(null), n.upcoming(),
                        n.objectionsUntil().map(Object::toString).orElse(null), n.noticeDays().orElse(null),
                        n.promisedDays(), shortNotice(n, m), n.effectiveBeforeObjectionsEnd())).toList());
    }

    /** The plain statement a reader needs when notice was short: how much, against what, and what it means. */
    public static String shortNotice(ChangeNotice n, Messages m) {
        if (!n.shortNotice()) {
            return null;
        }
        return n.effectiveBeforeObjectionsEnd()
                ? m.text("subprocessors.shortNotice.beforeObjections", n.noticeDays().orElseThrow(), n.promisedDays(),
                        n.change().date(), n.objectionsUntil().orElseThrow())
                : m.text("subprocessors.shortNotice", n.noticeDays().orElseThrow(), n.promisedDays());
    }

    /**
     * The id of each listed subprocessor's row, by name: "sp-" and its name as a token, with a number added when two
     * names make the same token. Stable for a given list, so sales can link to a row.
     */
    public static Map<String, String> anchors(Posture posture) {
        Map<String, String> anchors = new HashMap<>();
        Set<String> used = new HashSet<>();
        posture.subprocessors().stream().map(SubprocessorStatus::subprocessor).sorted(Comparator.comparing(
                (Subprocessor s) -> s.name().toLowerCase(Locale.ROOT)).thenComparing(Subprocessor::name)).forEach(s -> {
                    String base = "sp-" + key(s.name());
                    String anchor = base;
                    for (int n = 2; !used.add(anchor); n++) {
                        anchor = base + "-" + n;
                    }
                    anchors.put(s.name(), anchor);
                });
        return anchors;
    }

    static SubprocessorView view(SubprocessorStatus status, Posture posture, Map<String, String> anchors,
                                 Messages m) {
        Subprocessor s = status.subprocessor();
        EntryText text = EntryText.of(posture.content(), m.language(), EntryTranslation.Target.SUBPROCESSOR, s.name());
        String category = s.category().map(SubprocessorViews::heading).orElse(m.text("subprocessors.other"));
        List<AiViews.SystemLink> systems = posture.aiSystemsUsing(s.name()).stream()
                .filter(a -> a.system().active())
                .map(a -> AiViews.link(a.system(), "../")).toList();
        return new SubprocessorView(s.name(), text.text("purpose", s.purpose()), category, text.list("data", s.data()),
                s.locations().stream().map(c -> CountryView.of(c, m)).toList(),
                s.corporateLocation().map(c -> CountryView.of(c, m)).orElse(null),
                s.transferMechanism().map(m::label).orElse(null),
                s.website().map(URI::toString).orElse(null), s.dpa().map(URI::toString).orElse(null),
                s.since().map(m::dateView).orElse(null), s.aiModelProvider(),
                status.starts().map(m::dateView).orElse(null), status.ends().map(m::dateView).orElse(null),
                anchors.get(s.name()), systems,
                m.list(s.locations().stream().map(c -> m.country(c.code())).toList()),
                s.category().map(c -> heading(text.text("category", c))).orElse(category), text.lang(), text.dir());
    }

    /** The subprocessors listed but not started yet, by name. */
    public static List<SubprocessorView> upcoming(Posture posture, Messages m) {
        Map<String, String> anchors = anchors(posture);
        return posture.upcomingSubprocessors().stream().sorted(BY_NAME).map(s -> view(s, posture, anchors, m))
                .toList();
    }

    /**
     * A category as a heading: free text is shown as written, but a bare key such as "ai" or "data_storage" (all
     * lower case, no spaces) reads as "AI" or "Data storage".
     */
    public static String heading(String category) {
        if (!category.matches("[a-z0-9_-]+")) {
            return category;
        }
        String words = category.replace('_', ' ').replace('-', ' ');
        if (words.length() <= 3) {
            return words.toUpperCase(Locale.ROOT);
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Groups of the subprocessors in use, in alphabetical order of category, by name within each. */
    public static List<Group> groups(Posture posture, Messages m) {
        Map<String, List<SubprocessorView>> byCategory = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> anchors = anchors(posture);
        posture.currentSubprocessors().stream()
                .sorted(BY_NAME)
                .map(s -> view(s, posture, anchors, m))
                .forEach(v -> byCategory.computeIfAbsent(v.category(), k -> new ArrayList<>()).add(v));
        Map<String, List<SubprocessorView>> ordered = new LinkedHashMap<>(byCategory);
        // A group keeps its anchor from the category as written, and takes the first translated name given for it.
        return ordered.entrySet().stream()
                .map(e -> new Group(e.getValue().stream().map(SubprocessorView::categoryLabel)
                        .filter(label -> !label.equals(e.getKey())).findFirst().orElse(e.getKey()), key(e.getKey()),
                        List.copyOf(e.getValue())))
                .toList();
    }

    public static ChangeView change(ChangeNotice notice, Messages m) {
        Subprocessors.Change c = notice.change();
        String action = c.action().name().toLowerCase(Locale.ROOT);
        return new ChangeView(m.dateView(c.date()), c.announced().map(m::dateView).orElse(null), action,
                m.label(c.action()), c.name(), c.note().orElse(null),
                notice.upcoming(), notice.objectionsUntil().map(m::dateView).orElse(null),
                notice.noticeDays().orElse(null), shortNotice(notice, m));
    }

    /** A category as a token for a data attribute or an id: "AI model provider" → "ai-model-provider". */
    public static String key(String category) {
        return category.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
