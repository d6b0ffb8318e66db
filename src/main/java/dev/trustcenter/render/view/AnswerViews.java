package dev.trustcenter.render.view;

import dev.trustcenter.render.EntryText;
import dev.trustcenter.model.EntryTranslation;
import dev.trustcenter.model.Answer;
import dev.trustcenter.model.Policy;
import dev.trustcenter.render.Markdown;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.view.ControlViews.EvidenceLink;
import dev.trustcenter.rules.AnswerStatus;
import dev.trustcenter.rules.Evidence;
import dev.trustcenter.rules.Posture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer library as the theme shows it: answers grouped by domain, each with its short answer, its evidence and
 * their status, and its last review; a gated answer shows its question only. Also the search index the answers
 * page loads, built here once so the browser only looks words up.
 */
public final class AnswerViews {

    private final Posture posture;
    private final Markdown markdown;
    private final ControlViews controls;
    private final Messages m;

    public AnswerViews(Posture posture, Markdown markdown, ControlViews controls, Messages messages) {
        this.posture = posture;
        this.m = messages;
        this.markdown = markdown;
        this.controls = controls;
    }

    /**
     * One answer.
     *
     * @param answerHtml null for a gated answer: only its question is public
     * @param refs       "CAIQ CEK-03.1", one per question id it answers
     * @param flag       "Evidence expired" when a cited report or certificate no longer holds; else null
     */
    public record AnswerView(String id, String question, StatusView shortAnswer, String answerHtml, boolean gated,
                             List<EvidenceLink> evidence, List<String> refs, DateView lastReviewed,
                             boolean reviewOverdue, String flag, String owner, String requestHref, String lang,
                             String dir) {}

    public record DomainGroup(String id, String name, List<AnswerView> answers) {}

    /** The answers by domain, in file-name order, each in the order written. */
    public List<DomainGroup> groups(String root) {
        Map<String, List<AnswerView>> byDomain = new LinkedHashMap<>();
        for (AnswerStatus status : posture.answers()) {
            byDomain.computeIfAbsent(status.answer().domain(), k -> new ArrayList<>()).add(view(status, root));
        }
        return byDomain.entrySet().stream()
                .map(e -> new DomainGroup(SubprocessorViews.key(e.getKey()), SubprocessorViews.heading(e.getKey()),
                        List.copyOf(e.getValue())))
                .toList();
    }

    public AnswerView view(AnswerStatus status, String root) {
        Answer a = status.answer();
        EntryText text = EntryText.of(posture.content(), m.language(), EntryTranslation.Target.ANSWER, a.id());
        boolean gated = a.visibility() == Answer.Visibility.GATED;
        List<EvidenceLink> evidence = gated ? List.of() : status.evidence().stream().map(e -> link(e, root)).toList();
        List<String> refs = new ArrayList<>();
        a.refs().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> e.getValue().forEach(r -> refs.add(e.getKey().label() + " " + r.id())));
        // A gated answer's text, translated or not, is never read here: only its question is public.
        return new AnswerView(a.id(), text.text("question", a.question()), shortAnswer(a.shortAnswer(), m),
                gated ? null : markdown.toHtml(text.text("answer", a.answer())),
                gated, evidence, refs, m.dateView(a.lastReviewed()), status.reviewOverdue(),
                status.evidenceLapsed() ? m.text("answers.evidenceExpired") : null, a.owner().orElse(null),
                gated ? root + "request-access/index.html" : null, text.lang(), text.dir());
    }

    /** A cited item; a confidential one links to the request form with that item filled in. */
    private EvidenceLink link(Evidence e, String root) {
        EvidenceLink link = controls.link(e, root);
        if (e.kind() == Evidence.Kind.POLICY && posture.content().policies().stream()
                .anyMatch(p -> p.slug().equals(e.id()) && p.visibility() != Policy.Visibility.PUBLIC)) {
            return new EvidenceLink(link.label(), root + "request-access/index.html?policy=" + e.id(), link.tag(),
                    link.tone());
        }
        return link;
    }

    public static StatusView shortAnswer(Answer.Short value, Messages m) {
        return StatusView.of(value.id(), m.label(value), switch (value) {
            case YES -> Tone.GOOD;
            case PARTIAL -> Tone.WARN;
            case NO, NOT_APPLICABLE -> Tone.NEUTRAL;
        });
    }

    /** One answer in the search index: its id and the distinct words of its question, aliases and refs. */
    public record IndexEntry(String id, List<String> words) {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    /** Words too common to tell one security question from another. */
    public static final List<String> STOP_WORDS = List.of("a", "an", "and", "are", "as", "at", "be", "by", "do",
            "does", "for", "from", "has", "have", "how", "in", "is", "it", "of", "on", "or", "our", "the", "to", "what",
            "when", "which", "who", "with", "you", "your");

    private static final Set<String> STOP = Set.copyOf(STOP_WORDS);

    /** The search index: every answer (a gated one by its question only), in page order. */
    public List<IndexEntry> searchIndex() {
        return posture.answers().stream().map(s -> {
            Answer a = s.answer();
            StringBuilder text = new StringBuilder(a.question());
            // The page's language's question too, so a reader can search in the language they read.
            EntryText.of(posture.content(), m.language(), EntryTranslation.Target.ANSWER, a.id()).translation()
                    .flatMap(t -> t.text("question")).ifPresent(q -> text.append(' ').append(q));
            a.aliases().forEach(alias -> text.append(' ').append(alias));
            a.refs().values().forEach(refs -> refs.forEach(r -> text.append(' ').append(r.id())));
            text.append(' ').append(a.domain().replace('-', ' ').replace('_', ' '));
            return new IndexEntry(a.id(), words(text.toString()));
        }).toList();
    }

    /** Lower-case words without the stop words, each once: the same split the page's script makes of a query. */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        // Without diacritics, as the page's script reads a query: "sécurité" finds "securite", and an Arabic word
        // written with its vowel marks is found by the same word typed without them, as people type it.
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        Matcher m = WORD.matcher(plain.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            if (!STOP.contains(word)) {
                words.add(word);
            }
            // "multi-factor" is found by "factor" too, and "iam-14.1" by "iam".
            if (word.contains("-")) {
                for (String part : word.split("-")) {
                    if (!part.isEmpty() && !STOP.contains(part)) {
                        words.add(part);
                    }
                }
            }
        }
        return List.copyOf(words);
    }
}
