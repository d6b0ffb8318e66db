package dev.trustcenter.render.file;

import dev.trustcenter.model.Answer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * answers.xlsx: the public answers in the column layout of a CSA CAIQ workbook (Question ID, Question, Answer,
 * Notes), one row per CAIQ id an answer responds to, then the answers without one. CAIQ answers are Yes, No or NA:
 * a partial answer is written "No" with the text saying what is in place, so the workbook never claims more than the
 * library. The same input gives the same bytes: the workbook's creation date is the build's as-of date.
 */
final class AnswerWorkbook {

    static final List<String> HEADER = List.of("Question ID", "Question", "Answer", "Notes");

    private AnswerWorkbook() {}

    /** One row of the workbook. */
    record Row(String id, String question, String answer, String notes) {}

    static List<Row> rows(List<AnswerData.AnswerJson> answers) {
        List<Row> rows = new ArrayList<>();
        List<Row> without = new ArrayList<>();
        for (AnswerData.AnswerJson a : answers) {
            if (a.shortAnswer() == null) {
                continue;
            }
            String notes = (a.evidenceExpired() ? "Evidence expired: a report or certificate this answer cites is no "
                    + "longer current. " : "") + (a.shortAnswer().equals("partial") ? "Partially. " : "") + a.answer()
                    + (a.evidence().isEmpty() ? "" : "\nEvidence: " + a.url());
            String answer = switch (Answer.Short.valueOf(a.shortAnswer().toUpperCase(java.util.Locale.ROOT))) {
                case YES -> "Yes";
                case NO, PARTIAL -> "No";
                case NOT_APPLICABLE -> "NA";
            };
            List<String> caiq = a.refs().getOrDefault("caiq", List.of());
            if (caiq.isEmpty()) {
                List<String> other = new ArrayList<>(a.refs().getOrDefault("sig_lite", List.of()));
                other.addAll(a.refs().getOrDefault("custom", List.of()));
                without.add(new Row(String.join(", ", other), a.question(), answer, notes));
            }
            caiq.forEach(id -> rows.add(new Row(id, a.question(), answer, notes)));
        }
        rows.sort(java.util.Comparator.comparing(Row::id));
        rows.addAll(without);
        return rows;
    }

    static byte[] write(List<AnswerData.AnswerJson> answers, String company, LocalDate asOf) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "trustcenter", "1.0")) {
            workbook.properties().setCompany(company).setTitle("Security answers of " + company);
            Worksheet sheet = workbook.newWorksheet("CAIQ");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
                sheet.style(0, c).bold().set();
            }
            List<Row> rows = rows(answers);
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                sheet.value(r + 1, 0, row.id());
                sheet.value(r + 1, 1, row.question());
                sheet.value(r + 1, 2, row.answer());
                sheet.value(r + 1, 3, row.notes());
            }
            sheet.width(1, 60);
            sheet.width(3, 80);
            sheet.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("a workbook in memory cannot fail to write", e);
        }
        return stamped(bytes.toByteArray(), asOf);
    }

    /** The package with its creation date set to the as-of date, and every entry dated the same fixed day. */
    static byte[] stamped(byte[] xlsx, LocalDate asOf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // fastexcel streams stored entries with data descriptors, which java.util.zip's reader refuses.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", true, true);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals("docProps/core.xml")) {
                    Document core = Jsoup.parse(new String(data, StandardCharsets.UTF_8), "", Parser.xmlParser());
                    core.outputSettings().prettyPrint(false);
                    for (Element created : core.getElementsByTag("dcterms:created")) {
                        created.text(asOf + "T00:00:00Z");
                    }
                    data = core.outerHtml().getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
                zip.putNextEntry(copy);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a workbook in memory cannot fail to rewrite", e);
        }
        return out.toByteArray();
    }
}
