package dev.trustcenter.access;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dev.trustcenter.model.Policy;
import dev.trustcenter.render.Markdown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.trustcenter.model.Answer;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A policy offered "on request" (visibility summary or gated) as a PDF, so it can be watermarked and granted like
 * any report: its title, its facts (version, owner, dates) and its text, from the same sanitized Markdown the site
 * uses, laid out by openhtmltopdf on PDFBox.
 */
final class PolicyPdf {

    private static final List<Path> UNICODE_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"));

    private static final String STYLE = """
            @page { size: A4; margin: 22mm 20mm 26mm 20mm; }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111827; }
            h1 { font-size: 20pt; margin: 0 0 4mm 0; }
            h2 { font-size: 14pt; margin: 6mm 0 2mm 0; } h3, h4 { font-size: 11.5pt; margin: 5mm 0 2mm 0; }
            table.facts { border-collapse: collapse; margin-bottom: 6mm; }
            table.facts th { text-align: left; padding: 1mm 6mm 1mm 0; color: #4b5563; font-weight: normal; }
            table.facts td { padding: 1mm 0; }
            table.md-table { border-collapse: collapse; } table.md-table td, table.md-table th { border: 1px solid #d1d5db; padding: 1mm 2mm; }
            p.meta { color: #4b5563; font-size: 9pt; }
            """;

    private PolicyPdf() {}

    static byte[] render(Policy policy, String company, Markdown markdown) throws IOException {
        Document html = Jsoup.parse("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title></head><body></body></html>");
        html.title(policy.title());
        html.head().appendElement("style").text(STYLE);
        Element body = html.body();
        body.appendElement("h1").text(policy.title());
        Element facts = body.appendElement("table").addClass("facts");
        row(facts, "Company", company);
        row(facts, "Version", policy.version());
        row(facts, "Owner", policy.owner());
        row(facts, "Effective", policy.effective().toString());
        row(facts, "Last reviewed", policy.lastReviewed().toString());
        body.appendElement("div").html(markdown.toHtml(policy.body()));
        body.appendElement("p").addClass("meta").text("Confidential. Shared under NDA by " + company + ".");
        return pdf(html);
    }

    /**
     * The whole answer library, gated answers included, as one PDF for a grant: by domain, each answer with its short
     * answer, its text, the questionnaire ids it answers, its evidence and its last review.
     */
    static byte[] answers(List<Answer> answers, String company, Markdown markdown) throws IOException {
        Document html = Jsoup.parse("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title></head><body></body></html>");
        html.title("Security answers of " + company);
        html.head().appendElement("style").text(STYLE);
        Element body = html.body();
        body.appendElement("h1").text("Security answers of " + company);
        String domain = null;
        for (Answer a : answers) {
            if (!a.domain().equals(domain)) {
                domain = a.domain();
                body.appendElement("h2").text(Character.toUpperCase(domain.charAt(0))
                        + domain.substring(1).replace('-', ' '));
            }
            body.appendElement("h3").text(a.question());
            body.appendElement("p").appendElement("strong").text(a.shortAnswer().label()
                    + (a.visibility() == Answer.Visibility.GATED ? " (shared under NDA)" : ""));
            body.appendElement("div").html(markdown.toHtml(a.answer()));
            List<String> refs = new java.util.ArrayList<>();
            a.refs().forEach((catalogue, ids) -> ids.forEach(r -> refs.add(catalogue.label() + " " + r.id())));
            String evidence = a.evidence().stream().map(e -> e.id()).collect(java.util.stream.Collectors.joining(", "));
            body.appendElement("p").addClass("meta").text((refs.isEmpty() ? "" : "Answers " + String.join(", ", refs)
                    + ". ") + (evidence.isEmpty() ? "" : "Evidence: " + evidence + ". ") + "Reviewed "
                    + a.lastReviewed() + ".");
        }
        body.appendElement("p").addClass("meta").text("Confidential. Shared under NDA by " + company + ".");
        return pdf(html);
    }

    private static byte[] pdf(Document html) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // openhtmltopdf logs each font it loads at INFO; `grant` prints only what the publisher needs.
        XRLog.setLoggingEnabled(false);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (Path font : UNICODE_FONTS) {
            if (Files.isRegularFile(font)) {
                builder.useFont(font.toFile(), "DejaVu Sans");
                break;
            }
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(html), "https://trustcenter.invalid/");
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    private static void row(Element table, String label, String value) {
        Element tr = table.appendElement("tr");
        tr.appendElement("th").text(label);
        tr.appendElement("td").text(value);
    }
}
