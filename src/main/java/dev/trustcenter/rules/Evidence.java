package dev.trustcenter.rules;

import java.util.Arrays;
import java.util.Optional;

/** An item cited as evidence, resolved: its kind and id. */
public record Evidence(Kind kind, String id) {

    public enum Kind {
        DOCUMENT("documents", "document"),
        POLICY("policies", "policy"),
        ENTRY("compliance", "compliance entry"),
        CONTROL("controls", "control");

        private final String folder;
        private final String noun;

        Kind(String folder, String noun) {
            this.folder = folder;
            this.noun = noun;
        }

        /** The section of the site the item lives under, and the prefix a citation may carry. */
        public String folder() {
            return folder;
        }

        public String noun() {
            return noun;
        }

        static Optional<Kind> ofPrefix(String reference) {
            return Arrays.stream(values()).filter(k -> reference.startsWith(k.folder + "/")).findFirst();
        }
    }

    /** "documents/soc2-type2-2026": the citation that names it whatever else shares its id. */
    public String path() {
        return kind.folder() + "/" + id;
    }
}
