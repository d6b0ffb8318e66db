package dev.trustcenter.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every translation of a site: of its Markdown texts and of its YAML entries, as read, and indexed once by what they
 * translate, since each page of each language asks for its texts' translations.
 */
public final class Translations {

    public static final Translations NONE = new Translations(List.of(), List.of());

    private final List<Translation> texts;
    private final List<EntryTranslation> entries;
    private final Map<List<Object>, Translation> textIndex;
    private final Map<List<Object>, EntryTranslation> entryIndex;

    public Translations(List<Translation> texts, List<EntryTranslation> entries) {
        this.texts = List.copyOf(texts);
        this.entries = List.copyOf(entries);
        this.textIndex = this.texts.stream().collect(Collectors.toUnmodifiableMap(
                t -> List.of(t.kind(), t.of(), t.language()), Function.identity(), (first, second) -> first));
        this.entryIndex = this.entries.stream().collect(Collectors.toUnmodifiableMap(
                t -> List.of(t.target(), t.entry(), t.language()), Function.identity(), (first, second) -> first));
    }

    /** The translations of Markdown texts, in the order read. */
    public List<Translation> texts() {
        return texts;
    }

    /** The translations of YAML entries, in the order read. */
    public List<EntryTranslation> entries() {
        return entries;
    }

    public Optional<Translation> text(Translation.Kind kind, String of, String language) {
        return Optional.ofNullable(textIndex.get(List.of(kind, of, language)));
    }

    public Optional<EntryTranslation> entry(EntryTranslation.Target target, String entry, String language) {
        return Optional.ofNullable(entryIndex.get(List.of(target, entry, language)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Translations t && texts.equals(t.texts) && entries.equals(t.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(texts, entries);
    }

    @Override
    public String toString() {
        return "Translations" + texts + entries;
    }
}
