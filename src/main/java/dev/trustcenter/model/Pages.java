package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.Optional;

/** The Markdown pages of the content folder: overview, updates, NDA, and the FAQ's items. */
public final class Pages {

    private Pages() {}

    public record Overview(String headline, Optional<String> summary, String body, Source bodySource) {

        public static Overview empty(String companyName) {
            return new Overview(companyName + " Trust Center", Optional.empty(), "", Source.file("content/overview.md"));
        }
    }

    public enum UpdateKind { CERTIFICATION, SUBPROCESSOR, INCIDENT, POLICY, GENERAL }

    public record Update(String slug, String title, LocalDate date, UpdateKind kind, Optional<String> summary,
                         String body, Source source, Source bodySource) {}

    public record FaqItem(String category, String question, String answer, Source source) {}

    /** The NDA a requester accepts; its identity is its version plus the SHA-256 of its text. */
    public record Nda(String title, String version, String body, String sha256, boolean builtIn, Source bodySource) {}
}
