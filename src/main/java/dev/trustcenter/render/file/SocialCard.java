package dev.trustcenter.render.file;

import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.view.StatusWords;
import dev.trustcenter.render.view.Tone;

import dev.trustcenter.rules.EntryStatus;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.trustcenter.model.Blob;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import dev.trustcenter.rules.BrandColour;

/**
 * assets/social-card.png, the 1200×630 image a link preview shows (og:image) when a trust-center link is pasted
 * into Slack, Teams, LinkedIn or an email: the company, its logo when it is a PNG or JPEG, and the status of each
 * framework as of the build, in words and colour. Drawn with Java2D, headless; the same input gives the same bytes.
 */
public final class SocialCard implements PageSet {

    public static final String PATH = "assets/social-card.png";
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final int ROWS = 5;
    private static final int COLUMNS = 2;

    /** A font file when the system has one, so the card looks the same on every machine that has it. */
    private static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));

    /** One status line: its colour and its words. */
    record Row(Tone tone, String text) {}

    /**
     * Everything the card shows, so a session redraws it only when one of these changed: the company, its logo's
     * bytes (empty for none or SVG), the brand colour, the words and the status rows.
     */
    record Card(String company, String initial, String brandColor, String initialColor, Optional<ByteBuffer> logo,
                String tagline, List<Row> rows, String footer) {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        Card card = card(context);
        // Drawn once per session, and kept in the render cache between processes: Java2D is slow to start.
        return List.of(context.memo(SocialCard.class, card, () -> new OutputFile(PATH, context.markdown().disk()
                .map(cache -> cache.bytes("social-card", cacheKey(card), () -> draw(card))).orElseGet(() -> draw(card)))));
    }

    /** Everything the card's pixels depend on, as text: its contents, the logo's digest and the font drawn with. */
    static String cacheKey(Card card) {
        String logo = card.logo().map(bytes -> HexFormat.of().formatHex(Blob.sha256().digest(bytes.array())))
                .orElse("none");
        String font = FONTS.stream().filter(Files::isRegularFile).findFirst()
                .map(file -> file + " " + file.toFile().length()).orElse("logical");
        return new Card(card.company(), card.initial(), card.brandColor(), card.initialColor(), Optional.empty(),
                card.tagline(), card.rows(), card.footer()) + "\nlogo " + logo + "\nfont " + font + "\nsize " + WIDTH
                + "x" + HEIGHT;
    }

    static Card card(RenderContext context) {
        var company = context.config().company();
        // Up to five rows in each of two columns; the last says how many more when there are more.
        List<EntryStatus> entries = context.posture().entries();
        int shown = Math.min(entries.size(), ROWS * COLUMNS);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            EntryStatus status = entries.get(i);
            boolean more = i == shown - 1 && entries.size() > shown;
            rows.add(new Row(Tone.of(status.status()), more ? context.messages().text("social.more",
                    entries.size() - shown + 1)
                    : status.entry().framework().shortName() + " — " + StatusWords.label(status, context.messages())));
        }
        return new Card(company.name(), company.name().substring(0, 1).toUpperCase(Locale.ROOT), company.brandColor(),
                BrandColour.readableTextOn(company.brandColor()), logo(context).map(ByteBuffer::wrap),
                context.messages().text("social.tagline"), List.copyOf(rows),
                context.messages().text("social.footer", context.config().site().baseUrl().getHost(),
                        context.posture().asOf()));
    }

    static byte[] draw(Card card) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Font base = font();
            Color brand = Color.decode(card.brandColor());
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(brand);
            g.fillRect(0, 0, WIDTH, 16);

            int left = 72;
            Optional<BufferedImage> logo = card.logo().flatMap(SocialCard::readImage);
            if (logo.isPresent()) {
                BufferedImage picture = logo.get();
                int height = 88;
                int width = Math.min(360, picture.getWidth() * height / Math.max(1, picture.getHeight()));
                g.drawImage(picture, left, 64, width, height, null);
            } else {
                g.setColor(brand);
                g.fillRoundRect(left, 64, 88, 88, 20, 20);
                g.setColor(Color.decode(card.initialColor()));
                g.setFont(base.deriveFont(Font.BOLD, 52f));
                int w = g.getFontMetrics().stringWidth(card.initial());
                g.drawString(card.initial(), left + (88 - w) / 2, 64 + 66);
            }
            g.setColor(new Color(0x0f172a));
            g.setFont(base.deriveFont(Font.BOLD, 54f));
            g.drawString(fit(g, card.company(), WIDTH - left - 200), left + 112, 126);
            g.setColor(new Color(0x475569));
            g.setFont(base.deriveFont(Font.PLAIN, 28f));
            g.drawString(card.tagline(), left, 210);

            // One column when five or fewer, so names get the width.
            int columns = card.rows().size() > ROWS ? COLUMNS : 1;
            int columnWidth = (WIDTH - left * 2) / columns;
            g.setFont(base.deriveFont(Font.PLAIN, columns == 1 ? 30f : 27f));
            for (int i = 0; i < card.rows().size(); i++) {
                Row row = card.rows().get(i);
                int x = left + (i / ROWS) * columnWidth;
                int y = 284 + (i % ROWS) * 50;
                g.setColor(tone(row.tone()));
                g.fillOval(x, y - 22, 24, 24);
                g.setColor(new Color(0x0f172a));
                g.drawString(fit(g, row.text(), columnWidth - 56), x + 40, y);
            }
            g.setColor(new Color(0x475569));
            g.setFont(base.deriveFont(Font.PLAIN, 24f));
            g.drawString(fit(g, card.footer(), WIDTH - left * 2), left, HEIGHT - 48);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Optional<BufferedImage> readImage(ByteBuffer bytes) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes.array())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Colour for a tone, always shown beside the status in words. */
    static Color tone(Tone tone) {
        return switch (tone) {
            case GOOD -> new Color(0x16a34a);
            case WARN -> new Color(0xca8a04);
            case BAD -> new Color(0xdc2626);
            case INFO -> new Color(0x2563eb);
            case NEUTRAL -> new Color(0x94a3b8);
        };
    }

    /** Shortens text with an ellipsis until it fits {@code width} pixels. */
    private static String fit(Graphics2D g, String text, int width) {
        if (g.getFontMetrics().stringWidth(text) <= width) {
            return text;
        }
        String shorter = text;
        while (shorter.length() > 1 && g.getFontMetrics().stringWidth(shorter + "…") > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter.strip() + "…";
    }

    private static Font font() {
        for (Path file : FONTS) {
            if (Files.isRegularFile(file)) {
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
                } catch (FontFormatException | IOException e) {
                    // Try the next one; the logical font below always works.
                }
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    /** The company logo's bytes, when it may be an image Java reads without help (PNG, JPEG); SVG logos get an initial. */
    private static Optional<byte[]> logo(RenderContext context) {
        String logo = context.config().company().logo();
        if (logo == null || logo.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return Optional.empty();
        }
        return Optional.of(RenderContext.asset(context.site(), context.theme(), logo.substring("assets/".length())));
    }
}
