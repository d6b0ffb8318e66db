package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.EntryTranslation;
import dev.trustcenter.model.EntryTranslation.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code translations:} blocks of a YAML file's entries: per language, the entry's words in that language. The
 * entry's own reader checks everything else about it and only lets this key through.
 */
final class EntryTranslationsReader {

    private EntryTranslationsReader() {}

    /** Every translation in a file whose root (or, for subprocessors.yaml, whose {@code subprocessors:}) is a list. */
    static List<EntryTranslation> read(YamlNode root, Target target, Diagnostics diagnostics) {
        YamlNode list = root;
        if (target == Target.SUBPROCESSOR) {
            list = root instanceof YamlNode.Mapping m && m.fields().get("subprocessors") != null
                    ? m.fields().get("subprocessors").value() : null;
        }
        List<EntryTranslation> read = new ArrayList<>();
        if (!(list instanceof YamlNode.Sequence sequence)) {
            return read;
        }
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlNode.Mapping entry) || entry.fields().get("translations") == null) {
                continue;
            }
            Optional<String> key = key(entry, target);
            if (key.isEmpty()) {
                continue;   // the entry's reader reports the missing id
            }
            YamlNode block = entry.fields().get("translations").value();
            String what = "the translations of \"" + key.get() + "\"";
            MappingReader.of(block, what, diagnostics).ifPresent(languages -> {
                for (String language : languages.keys()) {
                    if (!languages.languageTag(language, language,
                            "Use the tag of one of the site's languages, such as ar, fr or de.")) {
                        continue;
                    }
                    languages.mapping(language, "the " + language + " translation of \"" + key.get() + "\"")
                            .ifPresent(r -> translation(r, target, key.get(), language).ifPresent(read::add));
                }
                languages.finish();
            });
        }
        return read;
    }

    private static Optional<EntryTranslation> translation(MappingReader r, Target target, String entry,
                                                          String language) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : target.fields()) {
            if (target.lists().contains(field)) {
                if (r.has(field)) {
                    fields.put(field, r.texts(field));
                }
            } else {
                r.text(field).ifPresent(text -> fields.put(field, text));
            }
        }
        r.finish();
        if (fields.isEmpty()) {
            r.error("missing-key", language, "The " + language + " translation of \"" + entry + "\" translates nothing.",
                    "Give at least one of " + target.fields() + ", or remove it.");
            return Optional.empty();
        }
        return Optional.of(new EntryTranslation(target, entry, language, fields, r.source()));
    }

    /** What identifies an entry in its file: its id, a subprocessor's name, an FAQ entry's question. */
    private static Optional<String> key(YamlNode.Mapping entry, Target target) {
        String field = switch (target) {
            case FAQ -> "question";
            case SUBPROCESSOR -> "name";
            default -> "id";
        };
        YamlNode.Field value = entry.fields().get(field);
        return value != null && value.value() instanceof YamlNode.Scalar s ? Optional.of(s.text().strip())
                : Optional.empty();
    }
}
