package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.questionnaire.QuestionnaireFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: `trustcenter answer` on the example's answer library. The precision and recall on
 * examples/questionnaire.xlsx, against its hand-labelled key, have thresholds that fail if matching gets worse.
 */
class AnswerCommandTest {

    @TempDir
    Path folder;

    static final String AS_OF = "--as-of=2026-11-22";

    /** The filled file's rows by spreadsheet row number (the header is row 1). */
    static Map<Integer, List<String>> rows(Path filled) throws IOException {
        List<List<String>> table = QuestionnaireFile.read(filled);
        Map<Integer, List<String>> rows = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            rows.put(i + 1, table.get(i));
        }
        return rows;
    }

    @Test
    void theExampleQuestionnaireIsAnsweredWithKnownPrecisionAndRecall() throws IOException {
        Path filled = folder.resolve("filled.xlsx");
        CommandLineTest.Run run = CommandLineTest.run("answer", "examples/questionnaire.xlsx", "-o", filled.toString(),
                AS_OF);
        assertEquals(0, run.exit(), run.out() + run.err());
        Map<Integer, List<String>> rows = rows(filled);
        List<String> header = rows.get(1);
        assertEquals(List.of("No.", "Ref", "Requirement / question", "Vendor response", "Comments", "Answer",
                "Answer text", "Evidence", "Confidence", "Matched answer"), header);
        int matched = header.indexOf("Matched answer");
        List<CSVRecord> key = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(Path.of("examples/questionnaire-key.csv"))).getRecords();
        int answered = 0;
        int correct = 0;
        int expected = 0;
        for (CSVRecord row : key) {
            List<String> cells = rows.get(Integer.parseInt(row.get("row")));
            String url = matched < cells.size() ? cells.get(matched) : "";
            String got = url.isEmpty() ? "" : url.substring(url.indexOf("#answer-") + "#answer-".length());
            if (!row.get("expected").isEmpty()) {
                expected++;
            }
            if (!got.isEmpty()) {
                answered++;
                if (got.equals(row.get("expected"))) {
                    correct++;
                }
            }
        }
        double precision = (double) correct / answered;
        double recall = (double) correct / expected;
        // Measured at 0.946 and 0.946 (35 of 37 answered rows right, 35 of 37 answerable rows found); README states
        // the figures. The thresholds leave room for one more miss, no more.
        assertTrue(precision >= 0.91, "precision " + precision);
        assertTrue(recall >= 0.91, "recall " + recall);
        assertEquals(40, key.size());
        assertTrue(run.out().startsWith("Answered 37 of 40 questions (2 by questionnaire id, 35 by text)"), run.out());
        // A row matched by its CAIQ id, with the short answer, the text, evidence links and full confidence.
        List<String> keys = rows.get(4);
        assertEquals("Yes", keys.get(header.indexOf("Answer")));
        assertTrue(keys.get(header.indexOf("Answer text")).startsWith("Keys are generated and held in AWS KMS"));
        assertTrue(keys.get(header.indexOf("Evidence")).contains("https://trust.northwind.ai/controls/#encryption-at-rest"));
        assertEquals("1.00", keys.get(header.indexOf("Confidence")));
    }

    @Test
    void gatedAnswersAreUsedOnlyWhenAskedAndTheFileSaysWhoItIsFor() throws IOException {
        Path questionnaire = folder.resolve("q.csv");
        Files.writeString(questionnaire, "Question\nHow is your production network segmented?\n");
        Path filled = folder.resolve("filled.xlsx");
        assertEquals(0, CommandLineTest.run("answer", questionnaire.toString(), "-o", filled.toString(), AS_OF).exit());
        assertFalse(String.join(" ", rows(filled).get(2)).contains("allow-listed security groups"),
                "a gated answer's text stays out without --include-gated");
        CommandLineTest.Run missingFor = CommandLineTest.run("answer", questionnaire.toString(), "-o", filled.toString(),
                "--include-gated", AS_OF);
        assertEquals(2, missingFor.exit());
        assertTrue(missingFor.err().contains("--include-gated needs --for"), missingFor.err());
        CommandLineTest.Run toCsv = CommandLineTest.run("answer", questionnaire.toString(), "-o",
                folder.resolve("filled.csv").toString(), "--include-gated", "--for", "Acme", AS_OF);
        assertEquals(2, toCsv.exit(), "CSV has no properties to record the recipient in");
        CommandLineTest.Run gated = CommandLineTest.run("answer", questionnaire.toString(), "-o", filled.toString(),
                "--include-gated", "--for", "Acme Corp", AS_OF);
        assertEquals(0, gated.exit(), gated.err());
        assertTrue(String.join(" ", rows(filled).get(2)).contains("allow-listed security groups"));
        String properties = zipText(filled, "docProps/custom.xml") + zipText(filled, "docProps/core.xml");
        assertTrue(properties.contains("Acme Corp"), properties);
        assertTrue(gated.out().contains("the file's properties record it is for Acme Corp"), gated.out());
    }

    @Test
    void aQuestionnaireWithoutAQuestionHeaderNeedsTheColumnNamed() throws IOException {
        Path questionnaire = folder.resolve("q.csv");
        Files.writeString(questionnaire, "ID,Text\n1,=cmd|' /C calc'!A0 Do you encrypt data at rest?\n"
                + "2,Do you enforce MFA?\n");
        Path filled = folder.resolve("filled.csv");
        CommandLineTest.Run unknown = CommandLineTest.run("answer", questionnaire.toString(), "-o", filled.toString(),
                AS_OF);
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("pass --question-col"), unknown.err());
        CommandLineTest.Run named = CommandLineTest.run("answer", questionnaire.toString(), "-o", filled.toString(),
                "--question-col", "B", AS_OF);
        assertEquals(0, named.exit(), named.err());
        String csv = Files.readString(filled, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark, for Excel");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertTrue(records.get(1).get(1).startsWith("'=cmd"), "a formula-like cell is neutralised: " + records.get(1));
        assertEquals("Yes", records.get(2).get(2), "MFA is answered");
        assertEquals(2, CommandLineTest.run("answer", questionnaire.toString(), "-o", filled.toString(),
                "--question-col", "Nope", AS_OF).exit());
        assertEquals(2, CommandLineTest.run("answer", folder.resolve("q.pdf").toString(), "-o", filled.toString(),
                AS_OF).exit());
    }

    static String zipText(Path file, String entry) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            if (e == null) {
                return "";
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
