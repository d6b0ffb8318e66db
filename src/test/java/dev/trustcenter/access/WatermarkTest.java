package dev.trustcenter.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §6: the watermark, checked on every page with PDFBox and no browser. Removing the diagonal mark,
 * dropping the email or company, or making it transparent each fails here.
 */
class WatermarkTest {

    static byte[] pdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(i % 2 == 0 ? PDRectangle.A4 : PDRectangle.LETTER));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static final WatermarkText TEXT = new WatermarkText("Confidential — Jane Doe (Acme Corp) — grant AbC123xyz — 2026-11-22",
            "Provided to Jane Doe <jane@acme-corp.com> of Acme Corp by Northwind AI under NDA version 2026.1, grant "
                    + "AbC123xyz, 2026-11-22. Do not redistribute.");

    @Test
    void everyPageNamesTheRecipientTheirEmailCompanyAndTheGrant() throws Exception {
        byte[] stamped = Watermark.stamp(pdf(3), TEXT);
        try (PDDocument document = Loader.loadPDF(stamped)) {
            assertEquals(3, document.getNumberOfPages());
            for (int page = 1; page <= 3; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                for (String expected : new String[] {"Jane Doe", "jane@acme-corp.com", "Acme Corp", "AbC123xyz"}) {
                    assertTrue(text.contains(expected), "page " + page + " lacks " + expected + ": " + text);
                }
            }
        }
    }

    @Test
    void theDiagonalMarkIsVisibleButLight() throws Exception {
        byte[] stamped = Watermark.stamp(pdf(2), TEXT);
        try (PDDocument document = Loader.loadPDF(stamped)) {
            for (PDPage page : document.getPages()) {
                float alpha = -1;
                for (COSName name : page.getResources().getExtGStateNames()) {
                    PDExtendedGraphicsState state = page.getResources().getExtGState(name);
                    if (state.getNonStrokingAlphaConstant() != null) {
                        alpha = state.getNonStrokingAlphaConstant();
                    }
                }
                assertTrue(alpha >= 0.1f && alpha <= 0.5f, "a visible, light mark; opacity " + alpha);
                // The diagonal line is drawn rotated: its text appears with a non-zero angle.
                class Angles extends PDFTextStripper {
                    int rotated;

                    Angles() throws IOException {
                        super();
                    }

                    @Override
                    protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                        Matrix m = text.getTextMatrix();
                        if (Math.abs(m.getShearY()) > 0.1 && Math.abs(m.getScaleX()) > 0.1) {
                            rotated++;
                        }
                    }
                }
                Angles angles = new Angles();
                angles.setStartPage(document.getPages().indexOf(page) + 1);
                angles.setEndPage(document.getPages().indexOf(page) + 1);
                angles.getText(document);
                assertTrue(angles.rotated > 20, "the mark runs diagonally across the page: " + angles.rotated);
            }
        }
    }
}
