package dev.trustcenter.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Stamps every page of a PDF, with Apache PDFBox, with a light diagonal watermark and a footer line naming the
 * recipient and the grant, so a leaked copy points back to whom it was given.
 */
public final class Watermark {


    /** A Unicode font, when the system has one, so names in any script print; else Helvetica (Latin only). */
    private static final List<Path> UNICODE_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"),
            Path.of("C:\\Windows\\Fonts\\arial.ttf"));

    private Watermark() {}

    /** The PDF needs a password to open; trustcenter does not ask for one. */
    static final class NeedsPassword extends Exception {
        NeedsPassword(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /** The bytes are not a PDF that PDFBox can read. */
    static final class Unreadable extends Exception {
        Unreadable(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    static byte[] stamp(byte[] pdf, WatermarkText text) throws IOException, NeedsPassword, Unreadable {
        return stamp(pdf, text.diagonal(), text.footer());
    }

    /**
     * Stamps every page. A PDF with only an owner password (audit reports often restrict printing or copying)
     * opens without one; it is watermarked and protected again with the same permissions and a fresh random owner
     * password, so the recipient's copy is restricted exactly as the original was.
     */
    static byte[] stamp(byte[] pdf, String diagonal, String footer) throws IOException, NeedsPassword, Unreadable {
        PDDocument opened;
        try {
            opened = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new NeedsPassword(e);
        } catch (IOException e) {
            throw new Unreadable(e);
        }
        try (PDDocument document = opened) {
            Optional<AccessPermission> restricted = document.isEncrypted()
                    ? Optional.of(new AccessPermission(document.getCurrentAccessPermission().getPermissionBytes()))
                    : Optional.empty();
            if (restricted.isPresent()) {
                document.setAllSecurityToBeRemoved(true);
            }
            PDFont font = font(document);
            PDExtendedGraphicsState light = new PDExtendedGraphicsState();
            light.setNonStrokingAlphaConstant(0.18f);
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                try (PDPageContentStream stream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String mark = printable(font, diagonal);
                    float size = Math.min(28f, 0.85f * diagonalLength(box) / Math.max(1f, width(font, mark, 1f)));
                    double angle = Math.atan2(box.getHeight(), box.getWidth());
                    stream.saveGraphicsState();
                    stream.setGraphicsStateParameters(light);
                    stream.setNonStrokingColor(0.75f, 0.1f, 0.1f);
                    stream.beginText();
                    stream.setFont(font, size);
                    float textWidth = width(font, mark, size);
                    Matrix matrix = Matrix.getRotateInstance(angle, box.getLowerLeftX() + box.getWidth() / 2,
                            box.getLowerLeftY() + box.getHeight() / 2);
                    matrix.translate(-textWidth / 2, -size / 3);
                    stream.setTextMatrix(matrix);
                    stream.showText(mark);
                    stream.endText();
                    stream.restoreGraphicsState();

                    stream.beginText();
                    stream.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                    stream.setFont(font, 7.5f);
                    stream.newLineAtOffset(box.getLowerLeftX() + 24, box.getLowerLeftY() + 14);
                    stream.showText(printable(font, footer));
                    stream.endText();
                }
            }
            if (restricted.isPresent()) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(randomPassword(), "", restricted.get());
                policy.setEncryptionKeyLength(256);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static PDFont font(PDDocument document) throws IOException {
        Optional<Path> unicode = UNICODE_FONTS.stream().filter(Files::isRegularFile).findFirst();
        if (unicode.isPresent()) {
            return PDType0Font.load(document, unicode.get().toFile());
        }
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    }

    /** Characters the font cannot draw become "?", so a watermark is never lost to one unusual letter. */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private static float diagonalLength(PDRectangle box) {
        return (float) Math.hypot(box.getWidth(), box.getHeight());
    }
}
