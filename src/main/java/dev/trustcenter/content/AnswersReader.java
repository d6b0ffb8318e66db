package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Answer;
import dev.trustcenter.model.Control;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one file of content/answers/: a list of answers of one domain. The checks that need the rest of the content
 * (evidence, duplicates across files) and the ones that need a date run in the validate and lint stages.
 */
final class AnswersReader {

    private AnswersReader() {}

    static List<Answer> read(YamlNode root, String domain, Diagnostics diagnostics) {
        if (!(root instanceof YamlNode.Sequence sequence)) {
            diagnostics.error("wrong-type", root.source(), "An answers file should be a list of answers, each starting "
                    + "with \"- id:\".", "See the example content/answers/encryption.yaml.");
            return List.of();
        }
        List<Answer> answers = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            MappingReader.item(item, "an answer", diagnostics, r -> answer(r, domain)).ifPresent(answers::add);
        }
        return List.copyOf(answers);
    }

    private static Optional<Answer> answer(MappingReader item, String domain) {
        item.allow("translations");   // read by EntryTranslationsReader
        String id = ComplianceReader.slug(item, "id");
        MappingReader r = id == null ? item : item.named("the answer \"" + id + "\"");
        String question = r.requiredText("question");
        Answer.Short shortAnswer = r.requiredChoice("short", Answer.Short.class);
        String answer = r.requiredText("answer");
        Answer.Visibility visibility = r.choice("visibility", Answer.Visibility.class).orElse(Answer.Visibility.PUBLIC);
        Map<Answer.Catalogue, List<Answer.Ref>> refs = new EnumMap<>(Answer.Catalogue.class);
        r.mapping("refs", "the refs: of " + r.what()).ifPresent(m -> {
            for (Answer.Catalogue catalogue : Answer.Catalogue.values()) {
                List<Answer.Ref> ids = m.list(catalogue.key(), node -> ref(node, catalogue, m));
                if (!ids.isEmpty()) {
                    refs.put(catalogue, ids);
                }
            }
            m.finish();
        });
        List<Control.Reference> evidence = r.list("evidence", node -> PageReaders.citation(node, r, "evidence",
                "ids of controls, documents, policies or compliance entries",
                "[controls/encryption-at-rest, policies/data-protection]"));
        Optional<String> owner = r.text("owner");
        LocalDate reviewed = r.requiredDate("last_reviewed");
        List<String> aliases = r.texts("aliases");
        boolean faq = r.bool("faq", false);
        r.finish();
        if (id == null || question == null || shortAnswer == null || answer == null || reviewed == null) {
            return Optional.empty();
        }
        return Optional.of(new Answer(id, domain, question, shortAnswer, answer, visibility, refs, evidence, owner,
                reviewed, aliases, faq, r.source()));
    }

    private static Optional<Answer.Ref> ref(YamlNode node, Answer.Catalogue catalogue, MappingReader m) {
        if (!(node instanceof YamlNode.Scalar s) || s.text().isBlank()) {
            m.diagnostics().error("wrong-type", node.source(), "\"" + catalogue.key() + "\" lists question ids, but "
                    + node.describe() + " was found.", "For example [" + catalogue.example() + "].");
            return Optional.empty();
        }
        String id = s.text().strip();
        if (!catalogue.accepts(id)) {
            m.diagnostics().error("bad-ref", s.source(), "\"" + id + "\" is not a " + catalogue.label()
                    + " question id.", "Write it as the questionnaire numbers it, for example " + catalogue.example()
                    + (catalogue == Answer.Catalogue.CAIQ ? " (one of the 17 CAIQ v4 domains, two digits, a dot and "
                    + "the question's number)." : "."));
            return Optional.empty();
        }
        return Optional.of(new Answer.Ref(id, s.source()));
    }
}
