package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.diagnostics.Suggestions;
import dev.trustcenter.model.Country;
import dev.trustcenter.model.EmailAddress;
import dev.trustcenter.model.Source;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one YAML mapping into typed values, reporting every problem to {@link Diagnostics} with its place.
 * A reader is told which keys exist by reading them; {@link #finish()} then reports every other key as unknown,
 * with the closest known key as a "did you mean".
 */
public final class MappingReader {

    private final YamlNode.Mapping mapping;
    private final String what;
    private final Diagnostics diagnostics;
    private final Set<String> known = new LinkedHashSet<>();
    private final Scalars scalars;

    public MappingReader(YamlNode.Mapping mapping, String what, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.what = what;
        this.diagnostics = diagnostics;
        this.scalars = new Scalars(what, diagnostics);
    }

    /** Reads a node that must be a mapping; reports and returns empty otherwise. */
    public static Optional<MappingReader> of(YamlNode node, String what, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new MappingReader(m, what, diagnostics));
        }
        diagnostics.error("wrong-type", node.source(), capitalize(what) + " should be a set of \"key: value\" lines, but "
                + node.describe() + " was found.", "Indent the keys under it, one per line.");
        return Optional.empty();
    }

    /**
     * Reads one item of a list, and keeps it only if reading it found no error: an entry that is missing a fact
     * or has a bad value is reported and left out, so the later stages, which still run to report their own
     * findings, never see a half-read item.
     */
    public static <T> Optional<T> item(YamlNode node, String what, Diagnostics diagnostics,
                                       Function<MappingReader, Optional<T>> reader) {
        long before = diagnostics.errorCount();
        Optional<T> value = of(node, what, diagnostics).flatMap(reader);
        return diagnostics.errorCount() > before ? Optional.empty() : value;
    }

    /** The same mapping under a more specific name, keeping the keys already read. */
    public MappingReader named(String newWhat) {
        MappingReader renamed = new MappingReader(mapping, newWhat, diagnostics);
        renamed.known.addAll(known);
        return renamed;
    }

    public Source source() {
        return mapping.source();
    }

    /** Where a key was written, or the mapping itself when the key is missing. */
    public Source sourceOf(String key) {
        YamlNode.Field field = mapping.fields().get(key);
        return field == null ? mapping.source() : field.value().source();
    }

    public boolean has(String key) {
        known.add(key);
        YamlNode.Field field = mapping.fields().get(key);
        return field != null && !(field.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL);
    }

    /**
     * Whether a value is a well-formed BCP 47 language tag; reports it at {@code key} otherwise.
     *
     * @param hint what would be right, for the report
     */
    public boolean languageTag(String key, String tag, String hint) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (java.util.IllformedLocaleException e) {
            error("bad-value", key, "\"" + tag + "\" is not a language tag.", hint);
            return false;
        }
    }

    /** The mapping's keys, in the order they are written. */
    public List<String> keys() {
        return List.copyOf(mapping.fields().keySet());
    }

    /** Marks keys as known without reading them (read elsewhere, or by another reader). */
    public void allow(String... keys) {
        known.addAll(Arrays.asList(keys));
    }

    public Optional<YamlNode> node(String key) {
        known.add(key);
        YamlNode.Field field = mapping.fields().get(key);
        if (field == null || field.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) {
            return Optional.empty();
        }
        return Optional.of(field.value());
    }

    public Optional<String> text(String key) {
        return node(key).flatMap(node -> scalars.scalarText(key, node)).map(String::strip).filter(s -> !s.isEmpty());
    }

    public String requiredText(String key) {
        Optional<String> value = text(key);
        if (value.isEmpty() && node(key).map(n -> n instanceof YamlNode.Scalar).orElse(true)) {
            missing(key, "a short text");
        }
        return value.orElse(null);
    }

    public Optional<LocalDate> date(String key) {
        return node(key).flatMap(node -> scalars.scalarText(key, node).flatMap(text -> scalars.parseDate(key, node, text)));
    }

    public LocalDate requiredDate(String key) {
        Optional<LocalDate> value = date(key);
        if (value.isEmpty() && !has(key)) {
            missing(key, "a date such as 2026-08-15");
        }
        return value.orElse(null);
    }

    public Optional<Integer> integer(String key, int min, int max) {
        return node(key).flatMap(node -> {
            if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER) {
                try {
                    int value = Integer.parseInt(s.text().replace("_", ""));
                    if (value >= min && value <= max) {
                        return Optional.of(value);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            diagnostics.error("wrong-type", node.source(), "\"" + key + "\" in " + what + " should be a whole number from "
                    + min + " to " + max + ", but " + node.describe() + " was found.", "Write a whole number such as "
                    + Math.max(min, Math.min(max, 30)) + ", without quotes or units.");
            return Optional.empty();
        });
    }

    public boolean bool(String key, boolean fallback) {
        return node(key).flatMap(node -> {
            if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
                return Optional.of(Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT)));
            }
            diagnostics.error("wrong-type", node.source(), "\"" + key + "\" in " + what + " should be true or false, but "
                    + node.describe() + " was found.", "Write " + key + ": true or " + key + ": false.");
            return Optional.<Boolean>empty();
        }).orElse(fallback);
    }

    /** One of a fixed set of words, such as `access: gated`, mapped onto an enum constant. */
    public <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
        return node(key).flatMap(node -> scalars.scalarText(key, node).flatMap(text -> scalars.parseChoice(key, node, text, type)));
    }

    /** A list of words from a fixed set, such as `criteria: [security, availability]`. */
    public <E extends Enum<E>> List<E> choices(String key, Class<E> type) {
        return list(key, node -> scalars.scalarText(key, node).flatMap(text -> scalars.parseChoice(key, node, text, type)));
    }

    /** A required word from a subset of an enum, such as the statuses one framework allows. */
    public <E extends Enum<E>> E requiredChoice(String key, List<E> allowed) {
        Optional<E> value = node(key).flatMap(node -> scalars.scalarText(key, node)
                .flatMap(text -> scalars.parseChoice(key, node, text, allowed)));
        if (value.isEmpty() && !has(key)) {
            missing(key, "one of " + String.join(", ", allowed.stream().map(Scalars::word).toList()));
        }
        return value.orElse(null);
    }

    public <E extends Enum<E>> E requiredChoice(String key, Class<E> type) {
        Optional<E> value = choice(key, type);
        if (value.isEmpty() && !has(key)) {
            missing(key, "one of " + String.join(", ", Scalars.words(type)));
        }
        return value.orElse(null);
    }

    /** An absolute https (or http) URL. */
    public Optional<URI> url(String key) {
        return node(key).flatMap(node -> scalars.scalarText(key, node).flatMap(text -> scalars.parseUrl(key, node, text)));
    }

    public Optional<String> email(String key) {
        return node(key).flatMap(node -> scalars.scalarText(key, node).flatMap(text -> {
            String address = text.strip();
            Optional<String> problem = EmailAddress.problem(address);
            if (problem.isEmpty()) {
                if (!EmailAddress.knownTopLevelDomain(address)) {
                    diagnostics.warning("unknown-top-level-domain", node.source(), "\"" + key + "\" in " + what
                            + " ends in a top-level domain this version of trustcenter does not know: \"" + address
                            + "\".", "Check the spelling; a domain delegated recently is fine as it is.");
                }
                return Optional.of(address);
            }
            diagnostics.error("bad-email", node.source(), "\"" + key + "\" in " + what + " is not an email address: \""
                    + address + "\" (" + problem.get() + ").", "Write an address such as security@example.com, without "
                    + "\"mailto:\".");
            return Optional.empty();
        }));
    }

    public String requiredEmail(String key) {
        Optional<String> value = email(key);
        if (value.isEmpty() && !has(key)) {
            missing(key, "an email address such as security@example.com");
        }
        return value.orElse(null);
    }

    public Optional<Country> country(String key) {
        return node(key).flatMap(node -> scalars.parseCountry(key, node));
    }

    public List<Country> countries(String key) {
        return list(key, node -> scalars.parseCountry(key, node));
    }

    public List<String> texts(String key) {
        return list(key, node -> scalars.scalarText(key, node).map(String::strip).filter(s -> !s.isEmpty()));
    }

    /** A list whose items each become zero or one value; a single scalar is read as a list of one. */
    public <T> List<T> list(String key, Function<YamlNode, Optional<T>> item) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        if (node.get() instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(n -> item.apply(n).ifPresent(values::add));
        } else if (node.get() instanceof YamlNode.Scalar) {
            item.apply(node.get()).ifPresent(values::add);
        } else {
            diagnostics.error("wrong-type", node.get().source(), "\"" + key + "\" in " + what + " should be a list, but "
                    + node.get().describe() + " was found.", "Write it as [a, b] or as lines starting with \"- \".");
        }
        return List.copyOf(values);
    }

    /** A nested mapping, read by another reader that reports its own unknown keys. */
    public Optional<MappingReader> mapping(String key, String nestedWhat) {
        return node(key).flatMap(node -> of(node, nestedWhat, diagnostics));
    }

    /** Reports every key that nobody asked for, with a "did you mean". Call once, after all reads. */
    public void finish() {
        for (YamlNode.Field field : mapping.fields().values()) {
            if (!known.contains(field.key())) {
                diagnostics.error("unknown-key", field.keySource(), "Unknown key \"" + field.key() + "\" in " + what + ".",
                        Suggestions.hint(field.key(), known));
            }
        }
    }

    public void error(String rule, String key, String message, String hint) {
        diagnostics.error(rule, sourceOf(key), message, hint);
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public String what() {
        return what;
    }

    /**
     * True when the mapping has a key that is a misspelling of {@code key} (one its "did you mean" would name).
     * Then the missing key is not reported as well: the unknown-key finding already says what to write.
     */
    public boolean misspelt(String key) {
        return mapping.fields().keySet().stream()
                .anyMatch(field -> !field.equals(key) && !known.contains(field)
                        && Suggestions.closest(field, List.of(key)).isPresent());
    }

    private void missing(String key, String expected) {
        if (misspelt(key)) {
            return;
        }
        diagnostics.error("missing-key", mapping.source(), capitalize(what) + " has no \"" + key + "\", which is required.",
                "Add \"" + key + ":\" with " + expected + ".");
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
