package dev.trustcenter.render.file;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.trustcenter.model.Answer;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.RecordJson;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.rules.AnswerStatus;
import dev.trustcenter.rules.Evidence;
import dev.trustcenter.rules.Posture;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * answers.json (with answers.schema.json), answers.csv and answers.xlsx: the answer library as of the build. A gated answer is
 * listed by its question only; its short answer and text go only into grant bundles.
 */
public final class AnswerData implements PageSet {

    static final String[] HEADER = {"id", "domain", "question", "short", "answer", "visibility", "caiq", "sig_lite",
        "custom", "evidence", "owner", "last_reviewed", "review_overdue", "evidence_expired", "url"};

    /** One answer; {@code shortAnswer} and {@code answer} are absent for a gated one. */
    record AnswerJson(String id, String domain, String question, @JsonProperty("short") String shortAnswer,
                      String answer, String visibility, Map<String, List<String>> refs, List<EvidenceJson> evidence,
                      String owner, String lastReviewed, String reviewDue, boolean reviewOverdue,
                      boolean evidenceExpired, String url) {}

    record EvidenceJson(String kind, String id) {}

    record AnswersFile(@JsonProperty("$schema") String schema, int schemaVersion, String asOf,
                       List<AnswerJson> answers) {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.ANSWERS)) {
            return List.of();
        }
        String base = context.config().site().baseUrl().toString();
        List<AnswerJson> answers = answers(context.posture(), base);
        return List.of(
                new OutputFile("answers.json", (context.json(new AnswersFile(
                        base + "answers.schema.json", TrustJson.SCHEMA_VERSION, context.posture().asOf().toString(),
                        answers), RecordJson.DATA) + "\n").getBytes(StandardCharsets.UTF_8)),
                new OutputFile("answers.schema.json", TrustJson.resource("/schemas/answers-output.schema.json")),
                new OutputFile("answers.csv", SubprocessorData.csvBytes(csv(answers))),
                new OutputFile("answers.xlsx", AnswerWorkbook.write(answers, context.config().company().name(),
                        context.posture().asOf())));
    }

    static List<AnswerJson> answers(Posture posture, String base) {
        return posture.answers().stream().map(s -> answer(s, base)).toList();
    }

    private static AnswerJson answer(AnswerStatus status, String base) {
        Answer a = status.answer();
        boolean gated = a.visibility() == Answer.Visibility.GATED;
        Map<String, List<String>> refs = new LinkedHashMap<>();
        a.refs().forEach((catalogue, ids) -> refs.put(catalogue.key(), ids.stream().map(Answer.Ref::id).toList()));
        return new AnswerJson(a.id(), a.domain(), a.question(), gated ? null : a.shortAnswer().id(),
                gated ? null : a.answer().strip(), gated ? "gated" : "public", refs,
                gated ? List.of() : status.evidence().stream().map(e -> new EvidenceJson(kind(e), e.id())).toList(),
                a.owner().orElse(null), a.lastReviewed().toString(), status.reviewDue().toString(),
                status.reviewOverdue(), status.evidenceLapsed(), url(a, base));
    }

    /** An answer's address: its anchor on its domain's page. */
    public static String url(Answer a, String base) {
        return base + "answers/" + a.domain() + "/#answer-" + a.id();
    }

    private static String kind(Evidence e) {
        return e.kind().folder();
    }

    /** One row per answer; lists within a cell are joined with "; ". The same CSV safety as subprocessors.csv. */
    static String csv(List<AnswerJson> answers) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
            for (AnswerJson a : answers) {
                printer.printRecord(Stream.of(a.id(), a.domain(), a.question(), a.shortAnswer(), a.answer(),
                        a.visibility(), String.join("; ", a.refs().getOrDefault("caiq", List.of())),
                        String.join("; ", a.refs().getOrDefault("sig_lite", List.of())),
                        String.join("; ", a.refs().getOrDefault("custom", List.of())),
                        a.evidence().stream().map(e -> e.kind() + "/" + e.id()).collect(Collectors.joining("; ")),
                        a.owner(), a.lastReviewed(), a.reviewOverdue(), a.evidenceExpired(), a.url())
                        .map(SubprocessorData::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
