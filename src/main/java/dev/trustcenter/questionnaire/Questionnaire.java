package dev.trustcenter.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An incoming questionnaire as a table of text: its header row, the column that holds the questions, and the rows
 * below. Nothing else is assumed about its layout; the columns it had are kept as they were.
 *
 * @param header   the header row's cells
 * @param rows     the rows below the header, each as many cells as it had
 * @param question the index of the question column
 * @param firstRow the spreadsheet row number (from 1) of the first row below the header
 */
public record Questionnaire(List<String> header, List<List<String>> rows, int question, int firstRow) {

    public Questionnaire {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A header that names the question column: "Question", "Question text", "Control question", "Requirement". */
    private static final Pattern QUESTION_HEADER = Pattern.compile(
            "(?i).*\\b(question|questions|requirement|query|control (description|question))\\b.*");

    /**
     * Finds the header row (the first row, among the first ten, with a cell that names a question column, or else
     * the first row with any text) and the question column, or the column the user named.
     *
     * @param column a column letter ("C"), a 1-based number ("3") or a header ("Question text"), if given
     * @return empty when no column could be told apart: the caller asks for --question-col
     */
    public static Optional<Questionnaire> of(List<List<String>> table, Optional<String> column) {
        int headerRow = -1;
        for (int i = 0; i < Math.min(10, table.size()); i++) {
            if (table.get(i).stream().anyMatch(c -> QUESTION_HEADER.matcher(c.strip()).matches())) {
                headerRow = i;
                break;
            }
        }
        if (headerRow < 0) {
            for (int i = 0; i < table.size(); i++) {
                if (table.get(i).stream().anyMatch(c -> !c.isBlank())) {
                    headerRow = i;
                    break;
                }
            }
        }
        if (headerRow < 0) {
            return Optional.empty();
        }
        List<String> header = table.get(headerRow);
        List<List<String>> rows = new ArrayList<>(table.subList(headerRow + 1, table.size()));
        Optional<Integer> index = column.isPresent() ? named(header, column.get()) : guessed(header);
        int first = headerRow + 2;
        return index.map(i -> new Questionnaire(header, rows, i, first));
    }

    private static Optional<Integer> guessed(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).matches("(question|question text|questions)")) {
                return Optional.of(i);
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (QUESTION_HEADER.matcher(header.get(i).strip()).matches()
                    && !header.get(i).toLowerCase(Locale.ROOT).matches(".*\\b(id|no|number|ref)\\b.*")) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** "C" (a column letter), "3" (1-based) or a header's text, ignoring case. */
    static Optional<Integer> named(List<String> header, String column) {
        String c = column.strip();
        if (c.matches("\\d+")) {
            int n = Integer.parseInt(c) - 1;
            return n >= 0 ? Optional.of(n) : Optional.empty();
        }
        if (c.matches("[A-Za-z]{1,2}") && header.stream().noneMatch(h -> h.strip().equalsIgnoreCase(c))) {
            int n = 0;
            for (char ch : c.toUpperCase(Locale.ROOT).toCharArray()) {
                n = n * 26 + (ch - 'A' + 1);
            }
            return Optional.of(n - 1);
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(c)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The text of a row's question cell, or "" when the row is shorter. */
    public String question(List<String> row) {
        return question < row.size() ? row.get(question).strip() : "";
    }
}
