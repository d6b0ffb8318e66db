package dev.trustcenter.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dev.trustcenter.render.file.SubprocessorData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads a questionnaire from .xlsx (its first sheet) or .csv, and writes the filled one in either format. */
public final class QuestionnaireFile {

    private QuestionnaireFile() {}

    /** The formats a questionnaire comes in, by file name. */
    public enum Format {
        XLSX, CSV;

        public static Optional<Format> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".xlsx") ? Optional.of(XLSX) : name.endsWith(".csv") ? Optional.of(CSV)
                    : Optional.empty();
        }
    }

    /** Every row of the file as text, cell by cell; an empty cell is "". */
    public static List<List<String>> read(Path file) throws IOException {
        Format format = Format.of(file).orElseThrow(() -> new IllegalArgumentException("not .xlsx or .csv: " + file));
        return format == Format.XLSX ? readXlsx(file) : readCsv(file);
    }

    private static List<List<String>> readXlsx(Path file) throws IOException {
        List<List<String>> table = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Row row : workbook.getFirstSheet().read()) {
                while (table.size() < row.getRowNum() - 1) {
                    table.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getOptionalCell(i).map(Cell::getText).map(t -> t == null ? "" : t).orElse(""));
                }
                table.add(cells);
            }
        }
        return table;
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> table = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
                table.add(record.toList());
            }
        }
        return table;
    }

    /**
     * Writes the questionnaire with new columns after its own.
     *
     * @param recipient for a file with gated answers: recorded in the workbook's properties
     */
    public static void write(Path file, List<String> header, List<List<String>> rows, Optional<String> recipient,
                             String company) throws IOException {
        Format format = Format.of(file).orElseThrow(() -> new IllegalArgumentException("not .xlsx or .csv: " + file));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".filled-", ".tmp");
        try {
            if (format == Format.XLSX) {
                writeXlsx(temporary, header, rows, recipient, company);
            } else {
                writeCsv(temporary, header, rows);
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeXlsx(Path file, List<String> header, List<List<String>> rows, Optional<String> recipient,
                                  String company) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "trustcenter", "1.0")) {
            workbook.properties().setCompany(company).setTitle("Security questionnaire answered by " + company);
            recipient.ifPresent(r -> workbook.properties()
                    .setSubject("Confidential: prepared for " + r + " by " + company)
                    .setTextProperty("Recipient", r)
                    .setTextProperty("Confidentiality", "Contains answers shared under NDA with " + r));
            Worksheet sheet = workbook.newWorksheet("Questionnaire");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (!row.get(c).isEmpty()) {
                        sheet.value(r + 1, c, row.get(c));
                    }
                }
            }
            sheet.finish();
        }
    }

    /** The same CSV safety as subprocessors.csv: a cell a spreadsheet would run as a formula gets a leading '. */
    private static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write('\uFEFF');
            printer.printRecord(header.stream().map(SubprocessorData::cell).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SubprocessorData::cell).toList());
            }
        }
    }
}
