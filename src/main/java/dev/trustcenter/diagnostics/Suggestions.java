package dev.trustcenter.diagnostics;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": the closest known name to a misspelt one, if any is close enough to be a typo. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {}

    public static Optional<String> closest(String typed, Collection<String> known) {
        String needle = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, needle.length() / 3);
        return known.stream()
                .filter(k -> DISTANCE.apply(needle, k.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.comparingInt((String k) -> DISTANCE.apply(needle, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** A hint sentence: `Did you mean "expires"?`, or the list of what is allowed when nothing is close. */
    public static String hint(String typed, Collection<String> known) {
        return closest(typed, known)
                .map(k -> "Did you mean \"" + k + "\"?")
                .orElseGet(() -> "Allowed here: " + String.join(", ", known.stream().sorted().toList()) + ".");
    }
}
