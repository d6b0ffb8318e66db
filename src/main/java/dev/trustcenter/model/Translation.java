package dev.trustcenter.model;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A translation of one Markdown text into one of the site's other languages: {@code policies/SLUG.LANG.md},
 * {@code updates/SLUG.LANG.md}, {@code overview.LANG.md} or {@code nda.LANG.md}. It carries words only; every fact
 * (dates, versions, owners, visibility, mappings) is the source's.
 *
 * @param of            the slug of the policy or update it translates; "overview" or "nda" for those
 * @param title         the translated title (headline for the overview), or empty to show the source's
 * @param translationOf the SHA-256 of the source text it was made from ({@link #hash}); empty when not recorded
 */
public record Translation(Kind kind, String of, String language, Optional<String> title, Optional<String> summary,
                          String body, Optional<String> translationOf, Source source, Source bodySource) {

    public enum Kind {
        POLICY("policies/", ".md"), UPDATE("updates/", ".md"), OVERVIEW("", ".md"), NDA("", ".md");

        private final String folder;
        private final String suffix;

        Kind(String folder, String suffix) {
            this.folder = folder;
            this.suffix = suffix;
        }

        /** The source file a translation of {@code of} translates, as the content folder names it. */
        public String sourceFile(String of) {
            return "content/" + folder + of + suffix;
        }
    }

    /**
     * The fingerprint of a source text, as {@code translation_of} records it: the SHA-256 of its Markdown body (after
     * the front matter, without surrounding blank lines), as UTF-8 with LF line endings. Front matter is left out, so a
     * new review date does not make every translation stale.
     */
    public static String hash(String body) {
        return Blob.of(body.replace("\r\n", "\n").strip().getBytes(StandardCharsets.UTF_8)).sha256Hex();
    }
}
