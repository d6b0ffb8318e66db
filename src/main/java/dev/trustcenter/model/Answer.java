package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One answer of the answer library, content/answers/DOMAIN.yaml: a security question as buyers ask it, the short
 * answer a questionnaire's column takes, the reviewed text, the evidence behind it, and the ids it answers in each
 * questionnaire's numbering.
 *
 * @param domain  the file it comes from, without .yaml: "encryption" for content/answers/encryption.yaml
 * @param answer  Markdown, rendered and sanitized like a policy's text
 * @param refs    per catalogue (caiq, sig_lite, custom), the question ids it answers, in the order written
 * @param aliases other phrasings of the question, for matching
 * @param faq     also shown on the FAQ page
 */
public record Answer(
        String id,
        String domain,
        String question,
        Short shortAnswer,
        String answer,
        Visibility visibility,
        Map<Catalogue, List<Ref>> refs,
        List<Control.Reference> evidence,
        Optional<String> owner,
        LocalDate lastReviewed,
        List<String> aliases,
        boolean faq,
        Source source) {

    public Answer {
        // In catalogue order, whatever order the map came in: pages and indexes list refs in the same order each build.
        refs = refs.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(refs));
        evidence = List.copyOf(evidence);
        aliases = List.copyOf(aliases);
    }

    /** The questionnaire's answer column. */
    public enum Short {
        YES("Yes"), NO("No"), PARTIAL("Partially"), NOT_APPLICABLE("Not applicable");

        private final String label;

        Short(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A gated answer goes only into grant bundles; the public site shows its question. */
    public enum Visibility { PUBLIC, GATED }

    /** The questionnaires an answer's refs may name, each with the pattern its ids follow. */
    public enum Catalogue {
        /** CSA CAIQ v4: DOMAIN-NN.N over its 17 domains, such as CEK-03.1 or A&A-01.1. */
        CAIQ("caiq", "CSA CAIQ v4", "(A&A|AIS|BCR|CCC|CEK|DCS|DSP|GRC|HRS|IAM|IPY|IVS|LOG|SEF|STA|TVM|UEM)-\\d{2}\\.\\d+",
                "CEK-03.1"),
        /** Shared Assessments SIG Lite: a letter (or two) and dotted numbers, such as D.6.1; only ids are stored. */
        SIG_LITE("sig_lite", "SIG Lite", "[A-Z]{1,2}(\\.\\d+)+", "D.6.1"),
        /** The company's own or a customer's numbering: any id without spaces. */
        CUSTOM("custom", "Custom", "\\S+", "Q-17");

        private final String key;
        private final String label;
        private final java.util.regex.Pattern pattern;
        private final java.util.regex.Pattern finder;
        private final String example;

        Catalogue(String key, String label, String pattern, String example) {
            this.key = key;
            this.label = label;
            this.pattern = java.util.regex.Pattern.compile(pattern);
            // The same id inside a longer text, not part of a longer word or number.
            this.finder = java.util.regex.Pattern.compile("(?<![\\w.&-])(" + pattern + ")(?![\\w&-]|\\.\\w)");
            this.example = example;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public String example() {
            return example;
        }

        public boolean accepts(String id) {
            return pattern.matcher(id).matches();
        }

        /** The ids of this questionnaire written anywhere in a text, such as a cell "CEK-03.1 / CEK-03.2". */
        public List<String> findIn(String text) {
            List<String> found = new java.util.ArrayList<>();
            var m = finder.matcher(text);
            while (m.find()) {
                found.add(m.group(1));
            }
            return found;
        }

        public static Optional<Catalogue> ofKey(String key) {
            for (Catalogue c : values()) {
                if (c.key.equals(key)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** A question id in one catalogue, where it is written. */
    public record Ref(String id, Source source) {}
}
