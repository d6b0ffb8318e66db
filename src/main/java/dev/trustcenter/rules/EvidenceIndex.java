package dev.trustcenter.rules;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.diagnostics.Suggestions;
import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.Control;
import dev.trustcenter.model.Document;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.TrustCenter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a control or an answer may cite as evidence, and how a citation is resolved: by its kind and id
 * ("documents/soc2-type2-2026"), or by its id alone when only one item of the allowed kinds has it.
 */
public final class EvidenceIndex {

    /** What a control may cite: the documents, policies and compliance entries that show it works. */
    public static final Set<Evidence.Kind> CONTROL_EVIDENCE =
            Set.of(Evidence.Kind.DOCUMENT, Evidence.Kind.POLICY, Evidence.Kind.ENTRY);

    /** What an answer may cite: the controls behind it too. */
    public static final Set<Evidence.Kind> ANSWER_EVIDENCE = Set.of(Evidence.Kind.values());

    private final Map<Evidence.Kind, Set<String>> ids;

    private EvidenceIndex(Map<Evidence.Kind, Set<String>> ids) {
        this.ids = ids;
    }

    /** @param declaredDocuments documents.yaml ids that did not load; citing them is not reported again */
    public static EvidenceIndex of(TrustCenter site, Set<String> declaredDocuments) {
        // Hash sets for lookups (a site may have ten thousand policies); sorted only where a message lists them.
        Map<Evidence.Kind, Set<String>> ids = new TreeMap<>();
        Set<String> documents = new HashSet<>(declaredDocuments);
        site.documents().stream().map(Document::id).forEach(documents::add);
        ids.put(Evidence.Kind.DOCUMENT, documents);
        ids.put(Evidence.Kind.POLICY, site.policies().stream().map(Policy::slug).collect(Collectors.toSet()));
        ids.put(Evidence.Kind.ENTRY, site.compliance().stream().map(ComplianceEntry::id).collect(Collectors.toSet()));
        ids.put(Evidence.Kind.CONTROL, site.controls().stream().map(Control::id).collect(Collectors.toSet()));
        return new EvidenceIndex(ids);
    }

    /** The items a citation may mean, among the allowed kinds: one when it resolves. */
    public List<Evidence> candidates(String reference, Set<Evidence.Kind> allowed) {
        Optional<Evidence.Kind> prefixed = Evidence.Kind.ofPrefix(reference);
        if (prefixed.isPresent()) {
            String id = reference.substring(prefixed.get().folder().length() + 1);
            return allowed.contains(prefixed.get()) && ids.get(prefixed.get()).contains(id)
                    ? List.of(new Evidence(prefixed.get(), id)) : List.of();
        }
        List<Evidence> found = new ArrayList<>();
        for (Evidence.Kind kind : Evidence.Kind.values()) {
            if (allowed.contains(kind) && ids.get(kind).contains(reference)) {
                found.add(new Evidence(kind, reference));
            }
        }
        return found;
    }

    public Optional<Evidence> resolve(String reference, Set<Evidence.Kind> allowed) {
        List<Evidence> found = candidates(reference, allowed);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Reports a citation that names nothing ({@code unknown-evidence}) or more than one thing. */
    public void check(Diagnostics d, String who, Control.Reference ref, Set<Evidence.Kind> allowed) {
        List<Evidence> found = candidates(ref.id(), allowed);
        if (found.size() > 1) {
            d.error("ambiguous-evidence", ref.source(), who + " cites \"" + ref.id() + "\", which is the id of "
                    + found.stream().map(e -> "a " + e.kind().noun()).collect(Collectors.joining(" and ")) + ".",
                    "Say which one: " + found.stream().map(e -> "\"" + e.path() + "\"").collect(Collectors.joining(" or "))
                            + ".");
        } else if (found.isEmpty()) {
            List<String> known = new ArrayList<>();
            for (Evidence.Kind kind : Evidence.Kind.values()) {
                if (allowed.contains(kind)) {
                    List<String> sorted = ids.get(kind).stream().sorted().toList();
                    known.addAll(sorted);
                    sorted.forEach(id -> known.add(kind.folder() + "/" + id));
                }
            }
            List<String> nouns = allowed.stream().sorted().map(Evidence.Kind::noun).toList();
            String kinds = nouns.size() == 1 ? nouns.get(0) : String.join(", ", nouns.subList(0, nouns.size() - 1))
                    + " or " + nouns.get(nouns.size() - 1);
            d.error("unknown-evidence", ref.source(), who + " cites \"" + ref.id() + "\" as evidence, but no "
                    + kinds + " has that id.",
                    Suggestions.closest(ref.id(), known).map(s -> "Did you mean \"" + s + "\"?")
                            .orElse("Cite the id of a document (documents.yaml), a policy (its file name)"
                                    + (allowed.contains(Evidence.Kind.CONTROL) ? ", a control (controls.yaml)" : "")
                                    + " or a compliance entry (compliance.yaml)."));
        }
    }
}
