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
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Override
    public List<OutputFile> render(RenderContext context) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage card = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Font base = font();
            Color brand = Color.decode(context.config().company().brandColor());
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(brand);
            g.fillRect(0, 0, WIDTH, 16);

            int left = 72;
            Optional<BufferedImage> logo = logo(context);
            if (logo.isPresent()) {
                BufferedImage image = logo.get();
                int height = 88;
                int width = Math.min(360, image.getWidth() * height / Math.max(1, image.getHeight()));
                g.drawImage(image, left, 64, width, height, null);
            } else {
                g.setColor(brand);
                g.fillRoundRect(left, 64, 88, 88, 20, 20);
                g.setColor(Color.decode(BrandColour.readableTextOn(
                        context.config().company().brandColor())));
                g.setFont(base.deriveFont(Font.BOLD, 52f));
                String initial = context.config().company().name().substring(0, 1).toUpperCase(Locale.ROOT);
                int w = g.getFontMetrics().stringWidth(initial);
                g.drawString(initial, left + (88 - w) / 2, 64 + 66);
            }
            g.setColor(new Color(0x0f172a));
            g.setFont(base.deriveFont(Font.BOLD, 54f));
            g.drawString(fit(g, context.config().company().name(), WIDTH - left - 200), left + 112, 126);
            g.setColor(new Color(0x475569));
            g.setFont(base.deriveFont(Font.PLAIN, 28f));
            g.drawString(context.messages().text("social.tagline"), left, 210);

            // Up to five rows in each of two columns; one column when five or fewer, so names get the width.
            List<EntryStatus> entries = context.posture().entries();
            int shown = Math.min(entries.size(), ROWS * COLUMNS);
            int columns = shown > ROWS ? COLUMNS : 1;
            int columnWidth = (WIDTH - left * 2) / columns;
            g.setFont(base.deriveFont(Font.PLAIN, columns == 1 ? 30f : 27f));
            for (int i = 0; i < shown; i++) {
                EntryStatus status = entries.get(i);
                int x = left + (i / ROWS) * columnWidth;
                int y = 284 + (i % ROWS) * 50;
                boolean more = i == shown - 1 && entries.size() > shown;
                g.setColor(tone(Tone.of(status.status())));
                g.fillOval(x, y - 22, 24, 24);
                g.setColor(new Color(0x0f172a));
                String line = more ? context.messages().text("social.more", entries.size() - shown + 1)
                        : status.entry().framework().shortName() + " — " + StatusWords.label(status, context.messages());
                g.drawString(fit(g, line, columnWidth - 56), x + 40, y);
            }
            g.setColor(new Color(0x475569));
            g.setFont(base.deriveFont(Font.PLAIN, 24f));
            String footer = context.messages().text("social.footer", context.config().site().baseUrl().getHost(),
                    context.posture().asOf());
            g.drawString(fit(g, footer, WIDTH - left * 2), left, HEIGHT - 48);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(card, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(new OutputFile(PATH, out.toByteArray()));
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

    /** The company logo, when it is an image Java reads without help (PNG, JPEG); SVG logos get an initial. */
    private static Optional<BufferedImage> logo(RenderContext context) {
        String logo = context.config().company().logo();
        if (logo == null || logo.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(
                    RenderContext.asset(context.site(), context.theme(), logo.substring("assets/".length())))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
