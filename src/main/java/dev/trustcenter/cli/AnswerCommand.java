package dev.trustcenter.cli;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Answer;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.questionnaire.AnswerMatcher;
import dev.trustcenter.render.file.AnswerData;
import dev.trustcenter.render.file.ControlData;
import dev.trustcenter.questionnaire.Questionnaire;
import dev.trustcenter.questionnaire.QuestionnaireFile;
import dev.trustcenter.rules.AnswerStatus;
import dev.trustcenter.rules.Derivation;
import dev.trustcenter.rules.Posture;
import dev.trustcenter.rules.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "answer", mixinStandardHelpOptions = true,
        description = "Fill an incoming security questionnaire (.xlsx or .csv) from the answer library, offline: each "
                + "row is matched by a CAIQ or SIG id it carries, or else by its question's text, and gets the short "
                + "answer, the answer text, the evidence links and a confidence. Rows below the confidence threshold "
                + "are left empty and listed. Nothing is sent anywhere.")
final class AnswerCommand implements Callable<Integer> {

    static final List<String> NEW_COLUMNS = List.of("Answer", "Answer text", "Evidence", "Confidence",
            "Matched answer");

    @Mixin
    SiteOptions site;

    @Parameters(index = "0", paramLabel = "QUESTIONNAIRE", description = "The questionnaire, .xlsx (its first sheet) "
            + "or .csv.")
    Path questionnaire;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILLED",
            description = "Where to write the filled questionnaire, .xlsx or .csv.")
    Path output;

    @Option(names = "--question-col", paramLabel = "COLUMN", description = "The column that holds the questions: a "
            + "letter (C), a number (3) or its header. Default: the column headed \"Question\" or the like.")
    String questionColumn;

    @Option(names = "--min-confidence", paramLabel = "N", defaultValue = "0.4",
            description = "Rows matched with less confidence (0 to 1) are left empty and listed. Default: ${DEFAULT-VALUE}.")
    double minConfidence;

    @Option(names = "--include-gated", description = "Also use gated answers. Needs --for and an .xlsx output, whose "
            + "properties record the recipient.")
    boolean includeGated;

    @Option(names = "--for", paramLabel = "RECIPIENT", description = "Who the filled file is for, such as \"Acme\"; "
            + "recorded in the workbook's properties when gated answers are included.")
    String recipient;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (QuestionnaireFile.Format.of(questionnaire).isEmpty()) {
            throw CommandFailure.usage(questionnaire + " is neither .xlsx nor .csv; save the questionnaire in one of "
                    + "those formats.");
        }
        Optional<QuestionnaireFile.Format> format = QuestionnaireFile.Format.of(output);
        if (format.isEmpty()) {
            throw CommandFailure.usage("-o " + output + " must end in .xlsx or .csv.");
        }
        if (minConfidence < 0 || minConfidence > 1) {
            throw CommandFailure.usage("--min-confidence is a number from 0 to 1, such as 0.4.");
        }
        if (includeGated && (recipient == null || recipient.isBlank())) {
            throw CommandFailure.usage("--include-gated needs --for with who the file is for, such as --for \"Acme\".");
        }
        if (includeGated && format.get() != QuestionnaireFile.Format.XLSX) {
            throw CommandFailure.usage("gated answers go only into an .xlsx file, whose properties record who it is "
                    + "for; write -o FILLED.xlsx.");
        }
        TrustCenter content = site.load(err).orElseThrow(() -> CommandFailure.content("Fix the content first; "
                + "nothing was written."));
        Diagnostics problems = Validation.validate(content);
        if (problems.hasErrors()) {
            DiagnosticPrinter.print(problems, DiagnosticPrinter.Format.TEXT, picocli.CommandLine.Help.Ansi.AUTO, err);
            throw CommandFailure.content("Fix the content first; nothing was written.");
        }
        Posture posture = Derivation.derive(content, site.dates().asOf());
        List<AnswerStatus> usable = posture.answers().stream()
                .filter(a -> includeGated || a.answer().visibility() == Answer.Visibility.PUBLIC).toList();
        if (usable.isEmpty()) {
            throw CommandFailure.content("The answer library is empty: add answers under content/answers/ first.");
        }
        List<List<String>> table;
        try {
            table = QuestionnaireFile.read(questionnaire);
        } catch (NoSuchFileException e) {
            throw CommandFailure.usage("there is no file " + questionnaire + ".");
        } catch (IOException | RuntimeException e) {
            throw CommandFailure.io("cannot read " + questionnaire + " as a questionnaire: " + e.getMessage());
        }
        Questionnaire q = Questionnaire.of(table, Optional.ofNullable(questionColumn)).orElseThrow(() ->
                CommandFailure.usage(questionColumn != null ? "there is no column \"" + questionColumn + "\" in "
                        + questionnaire + "." : "cannot tell which column of " + questionnaire + " holds the questions; "
                        + "pass --question-col with its letter, number or header."));
        Map<String, AnswerStatus> byId = new HashMap<>();
        usable.forEach(a -> byId.put(a.answer().id(), a));
        String base = content.config().site().baseUrl().toString();

        List<String> header = new ArrayList<>(q.header());
        int width = Math.max(header.size(), q.rows().stream().mapToInt(List::size).max().orElse(0));
        while (header.size() < width) {
            header.add("");
        }
        header.addAll(NEW_COLUMNS);
        List<List<String>> filled = new ArrayList<>();
        List<Integer> low = new ArrayList<>();
        List<Integer> unanswered = new ArrayList<>();
        int answered = 0;
        int byRef = 0;
        int questions = 0;
        try (AnswerMatcher matcher = new AnswerMatcher(usable.stream().map(AnswerStatus::answer).toList());
             ProgressLine progress = new ProgressLine(err, "Answering")) {
            for (int i = 0; i < q.rows().size(); i++) {
                progress.stage("row " + (i + 1) + " of " + q.rows().size());
                List<String> row = new ArrayList<>(q.rows().get(i));
                while (row.size() < width) {
                    row.add("");
                }
                String question = q.question(row);
                var match = matcher.match(question, row);
                if (!question.isEmpty()) {
                    questions++;
                }
                int number = q.firstRow() + i;
                if (match.isEmpty()) {
                    if (!question.isEmpty()) {
                        unanswered.add(number);
                    }
                    row.addAll(List.of("", "", "", "", ""));
                } else if (match.get().confidence() < minConfidence) {
                    low.add(number);
                    row.addAll(List.of("", "", "", confidence(match.get().confidence()), ""));
                } else {
                    answered++;
                    if (match.get().via() == AnswerMatcher.Via.REF) {
                        byRef++;
                    }
                    AnswerStatus status = byId.get(match.get().answer().id());
                    row.addAll(cells(status, match.get(), base, content));
                }
                filled.add(row);
            }
        }
        try {
            QuestionnaireFile.write(output, header, filled, includeGated ? Optional.of(recipient.strip())
                    : Optional.empty(), content.config().company().name());
        } catch (IOException e) {
            throw CommandFailure.io("cannot write " + output + ": " + e.getMessage());
        }
        out.println("Answered " + answered + " of " + questions + " questions (" + byRef + " by questionnaire id, "
                + (answered - byRef) + " by text) → " + output);
        if (!low.isEmpty()) {
            out.println(low.size() + " below confidence " + String.format(Locale.ROOT, "%.2f", minConfidence)
                    + ", left empty for you: rows " + rows(low) + ".");
        }
        if (!unanswered.isEmpty()) {
            out.println(unanswered.size() + " with no answer in the library: rows " + rows(unanswered) + ".");
        }
        if (includeGated) {
            out.println("Includes answers shared under NDA; the file's properties record it is for " + recipient.strip()
                    + ".");
        }
        return 0;
    }

    /** The new cells of an answered row: short answer, text, evidence links, confidence and the answer's address. */
    static List<String> cells(AnswerStatus status, AnswerMatcher.Match match, String base, TrustCenter content) {
        Answer a = status.answer();
        String evidence = status.evidence().stream().map(e -> ControlData.url(e, content, base)).collect(Collectors.joining("\n"));
        String text = a.answer().strip() + (status.evidenceLapsed() ? "\n(Evidence expired: "
                + status.lapsedEvidence().stream().map(l -> l.entry().framework().shortName())
                .collect(Collectors.joining(", ")) + " is no longer current.)" : "");
        return List.of(a.shortAnswer().label(), text, evidence, confidence(match.confidence()),
                AnswerData.url(a, base));
    }

    static String confidence(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String rows(List<Integer> rows) {
        List<String> shown = rows.stream().limit(20).map(String::valueOf).toList();
        return String.join(", ", shown) + (rows.size() > 20 ? " and " + (rows.size() - 20) + " more" : "");
    }
}
