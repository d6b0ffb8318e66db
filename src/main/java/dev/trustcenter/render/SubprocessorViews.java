package dev.trustcenter.render;

import dev.trustcenter.model.Country;
import dev.trustcenter.model.Subprocessors;
import dev.trustcenter.model.Subprocessors.Subprocessor;
import dev.trustcenter.model.TransferMechanism;
import dev.trustcenter.rules.ChangeNotice;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The subprocessor list as the page, the JSON and the CSV show it: grouped by category, with country names. */
public final class SubprocessorViews {

    static final String UNCATEGORISED = "Other";

    private SubprocessorViews() {}

    public record CountryView(String code, String name) {
        static CountryView of(Country country) {
            return new CountryView(country.code(), country.name());
        }
    }

    public record SubprocessorView(String name, String purpose, String category, List<String> data,
                                   List<CountryView> locations, CountryView corporateLocation, String transferMechanism,
                                   String website, String dpa, DateView since, boolean aiModelProvider) {}

    public record Group(String category, String key, List<SubprocessorView> subprocessors) {}

    /**
     * @param objectionsUntil the last day to object, for an upcoming addition or update
     */
    public record ChangeView(DateView date, DateView announced, String action, String actionLabel, String name,
                             String note, boolean upcoming, DateView objectionsUntil, Long noticeDays) {}

    /** The list and its changes as subprocessors.json and trust.json publish them. */
    public record Data(int noticePeriodDays, List<SubprocessorData> subprocessors, List<ChangeData> changes) {}

    /** One subprocessor for machines: codes rather than labels, ISO dates. */
    public record SubprocessorData(String name, String purpose, String category, List<String> data,
                                   List<String> locations, List<String> locationNames, String corporateLocation,
                                   String transferMechanism, String website, String dpa, String since,
                                   boolean aiModelProvider) {

        static SubprocessorData of(Subprocessor s) {
            return new SubprocessorData(s.name(), s.purpose(), s.category().orElse(null), s.data(),
                    s.locations().stream().map(Country::code).toList(), s.locations().stream().map(Country::name).toList(),
                    s.corporateLocation().map(Country::code).orElse(null),
                    s.transferMechanism().map(m -> m.name().toLowerCase(Locale.ROOT)).orElse(null),
                    s.website().map(URI::toString).orElse(null), s.dpa().map(URI::toString).orElse(null),
                    s.since().map(Object::toString).orElse(null), s.aiModelProvider());
        }
    }

    public record ChangeData(String date, String announced, String action, String name, String note, boolean upcoming,
                             String objectionsUntil) {}

    static Data data(Subprocessors list, List<ChangeNotice> notices) {
        return new Data(list.noticePeriodDays(),
                list.subprocessors().stream()
                        .sorted(Comparator.comparing((Subprocessor s) -> s.name().toLowerCase(Locale.ROOT)))
                        .map(SubprocessorData::of).toList(),
                notices.stream().map(n -> new ChangeData(n.change().date().toString(),
                        n.change().announced().map(Object::toString).orElse(null),
                        n.change().action().name().toLowerCase(Locale.ROOT), n.change().name(),
                        n.change().note().orElse(null), n.upcoming(),
                        n.objectionsUntil().map(Object::toString).orElse(null))).toList());
    }

    static SubprocessorView view(Subprocessor s) {
        return new SubprocessorView(s.name(), s.purpose(), s.category().orElse(UNCATEGORISED), s.data(),
                s.locations().stream().map(CountryView::of).toList(),
                s.corporateLocation().map(CountryView::of).orElse(null),
                s.transferMechanism().map(TransferMechanism::label).orElse(null),
                s.website().map(URI::toString).orElse(null), s.dpa().map(URI::toString).orElse(null),
                s.since().map(DateView::of).orElse(null), s.aiModelProvider());
    }

    /** Groups in alphabetical order of category, subprocessors by name within each. */
    static List<Group> groups(Subprocessors list) {
        Map<String, List<SubprocessorView>> byCategory = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        list.subprocessors().stream()
                .sorted(Comparator.comparing((Subprocessor s) -> s.name().toLowerCase(Locale.ROOT)))
                .map(SubprocessorViews::view)
                .forEach(v -> byCategory.computeIfAbsent(v.category(), k -> new java.util.ArrayList<>()).add(v));
        Map<String, List<SubprocessorView>> ordered = new LinkedHashMap<>(byCategory);
        return ordered.entrySet().stream()
                .map(e -> new Group(e.getKey(), key(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }

    static ChangeView change(ChangeNotice notice) {
        Subprocessors.Change c = notice.change();
        String action = c.action().name().toLowerCase(Locale.ROOT);
        return new ChangeView(DateView.of(c.date()), c.announced().map(DateView::of).orElse(null), action,
                Character.toUpperCase(action.charAt(0)) + action.substring(1), c.name(), c.note().orElse(null),
                notice.upcoming(), notice.objectionsUntil().map(DateView::of).orElse(null),
                notice.noticeDays().orElse(null));
    }

    /** A category as a token for a data attribute or an id: "AI model provider" → "ai-model-provider". */
    static String key(String category) {
        return category.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
