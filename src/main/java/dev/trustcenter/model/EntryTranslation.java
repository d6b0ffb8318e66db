package dev.trustcenter.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The translation of one YAML entry's words into one of the site's other languages, from the entry's own
 * {@code translations:} block:
 *
 * <pre>
 * - question: Do you encrypt customer data?
 *   answer: Yes, with AES-256 at rest and TLS 1.2+ in transit.
 *   translations:
 *     ar: {question: هل تشفّرون بيانات العملاء؟, answer: نعم، …}
 * </pre>
 *
 * Only the words of an entry can be translated (its {@link Target#fields}); its facts, ids and dates cannot.
 *
 * @param entry  the entry's key within its file: an id, a subprocessor's name, an FAQ question
 * @param fields each translated field's text; a list field ({@code data}) as a list of strings
 */
public record EntryTranslation(Target target, String entry, String language, Map<String, Object> fields,
                               Source source) {

    public EntryTranslation {
        fields = Map.copyOf(fields);
    }

    /** The files whose entries may carry translations, and the fields each may translate. */
    public enum Target {
        FAQ(Set.of("category", "question", "answer"), Set.of()),
        SUBPROCESSOR(Set.of("purpose", "category"), Set.of("data")),
        DOCUMENT(Set.of("title", "description"), Set.of()),
        COMPLIANCE(Set.of("summary"), Set.of()),
        CONTROL(Set.of("title", "description", "reason"), Set.of()),
        AI_SYSTEM(Set.of("purpose", "human_oversight", "affected_persons"), Set.of()),
        ANSWER(Set.of("question", "answer"), Set.of());

        private final Set<String> texts;
        private final Set<String> lists;

        Target(Set<String> texts, Set<String> lists) {
            this.texts = texts;
            this.lists = lists;
        }

        /** The fields that hold one text. */
        public Set<String> texts() {
            return texts;
        }

        /** The fields that hold a list of texts. */
        public Set<String> lists() {
            return lists;
        }

        public List<String> fields() {
            return java.util.stream.Stream.concat(texts.stream(), lists.stream()).sorted().toList();
        }
    }

    public java.util.Optional<String> text(String field) {
        return fields.get(field) instanceof String s ? java.util.Optional.of(s) : java.util.Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public java.util.Optional<List<String>> list(String field) {
        return fields.get(field) instanceof List<?> l ? java.util.Optional.of((List<String>) l) : java.util.Optional.empty();
    }
}
