package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.diagnostics.Suggestions;
import dev.trustcenter.model.Country;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one YAML scalar as a typed value (a date, a web address, a country, one of a fixed set of words) for a
 * {@link MappingReader}, reporting a value of the wrong form with the form that would be right.
 */
final class Scalars {

    private final String what;
    private final Diagnostics diagnostics;

    Scalars(String what, Diagnostics diagnostics) {
        this.what = what;
        this.diagnostics = diagnostics;
    }

    Optional<String> scalarText(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.type() == YamlNode.ScalarType.NULL ? Optional.empty() : Optional.of(s.text());
        }
        diagnostics.error("wrong-type", node.source(), "\"" + key + "\" in " + what + " should be a single value, but "
                + node.describe() + " was found.", "Write it on one line after \"" + key + ":\".");
        return Optional.empty();
    }

    Optional<LocalDate> parseDate(String key, YamlNode node, String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            diagnostics.error("bad-date", node.source(), "\"" + key + "\" in " + what + " is not a valid calendar date: \""
                    + text.strip() + "\".", "Write dates as YYYY-MM-DD, for example 2026-08-15.");
            return Optional.empty();
        }
    }

    Optional<URI> parseUrl(String key, YamlNode node, String text) {
        String value = text.strip();
        try {
            URI uri = new URI(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        diagnostics.error("bad-url", node.source(), "\"" + key + "\" in " + what + " is not a web address: \"" + value + "\".",
                "Write a full address starting with https://, for example https://example.com/security.");
        return Optional.empty();
    }

    Optional<Country> parseCountry(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            // YAML 1.1 readers turn a bare NO (Norway) into false.
            diagnostics.error("bad-country", node.source(), "\"" + key + "\" in " + what + " holds " + node.describe()
                    + " where a country code belongs.", "Quote the code, for example \"NO\" for Norway.");
            return Optional.empty();
        }
        return scalarText(key, node).flatMap(text -> {
            String code = text.strip();
            if (Country.isValid(code)) {
                return Optional.of(new Country(code));
            }
            String upper = code.toUpperCase(Locale.ROOT);
            String hint = Country.isValid(upper)
                    ? "Country codes are upper case: write " + upper + "."
                    : "Use an ISO 3166-1 alpha-2 code, for example US, DE, GB or AE.";
            diagnostics.error("bad-country", node.source(), "\"" + code + "\" in \"" + key + "\" of " + what
                    + " is not an ISO 3166-1 country code.", hint);
            return Optional.empty();
        });
    }

    <E extends Enum<E>> Optional<E> parseChoice(String key, YamlNode node, String text, Class<E> type) {
        return parseChoice(key, node, text, Arrays.asList(type.getEnumConstants()));
    }

    /** One of {@code allowed}; the hint offers only those, so a misspelt value is matched against what fits here. */
    <E extends Enum<E>> Optional<E> parseChoice(String key, YamlNode node, String text, List<E> allowed) {
        String word = text.strip();
        for (E constant : allowed) {
            if (word(constant).equals(word)) {
                return Optional.of(constant);
            }
        }
        List<String> words = allowed.stream().map(Scalars::word).toList();
        diagnostics.error("bad-value", node.source(), "\"" + word + "\" is not a valid \"" + key + "\" in " + what + ".",
                Suggestions.closest(word, words).map(w -> "Did you mean \"" + w + "\"? ").orElse("")
                        + "Allowed: " + String.join(", ", words) + ".");
        return Optional.empty();
    }

    static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Scalars::word).toList();
    }
}
