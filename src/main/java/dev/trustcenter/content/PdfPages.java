package dev.trustcenter.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The page count of a PDF, recorded in the lock file; empty for other files and PDFs that need a password to open. */
final class PdfPages {

    private PdfPages() {}

    static Optional<Integer> count(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return Optional.empty();
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return Optional.of(pdf.getNumberOfPages());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
