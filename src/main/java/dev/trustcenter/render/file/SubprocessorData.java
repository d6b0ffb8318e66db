package dev.trustcenter.render.file;

import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.RecordJson;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.page.SubprocessorPages;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.SubprocessorViews;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * subprocessors.json and subprocessors.csv (RFC 4180, UTF-8 with a byte-order mark, header row): the same list the
 * page shows, with formula-like cells made inert for spreadsheets.
 */
public final class SubprocessorData implements PageSet {

    static final String[] HEADER = {"name", "purpose", "category", "data", "locations", "location_names",
        "corporate_location", "transfer_mechanism", "website", "dpa", "since", "ai_model_provider", "status", "starts",
        "ends"};

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.SUBPROCESSORS)) {
            return List.of();
        }
        return context.memo(SubprocessorData.class, new SubprocessorPages.Inputs(context.site().subprocessors(),
                context.posture().aiSystems(), context.site().translations()), () -> files(context));
    }

    private static List<OutputFile> files(RenderContext context) {
        var data = SubprocessorViews.data(context.posture(), context.messages());
        return List.of(
                new OutputFile("subprocessors.json",
                        (context.json(data, RecordJson.DATA) + "\n").getBytes(StandardCharsets.UTF_8)),
                new OutputFile("subprocessors.csv", csvBytes(csv(data.subprocessors(), data.upcoming()))));
    }

    /** UTF-8 with a byte-order mark, which Excel needs to show "Société" or Arabic names rather than mojibake. */
    static byte[] csvBytes(String csv) {
        return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * OWASP's defence against CSV injection: a cell that a spreadsheet would read as a formula (it begins with =, +,
     * -, @, a tab or a carriage return) is prefixed with a single quote, so it is shown as text and never run.
     */
    public static String cell(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Lists within a cell are joined with "; ", which no code or country name contains. */
    static String csv(List<SubprocessorViews.SubprocessorData> current, List<SubprocessorViews.SubprocessorData> upcoming) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
            for (var s : current) {
                row(printer, s, "current");
            }
            for (var s : upcoming) {
                row(printer, s, "upcoming");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One row; the status column says whether it is in use or starts later (on the starts date). */
    private static void row(CSVPrinter printer, SubprocessorViews.SubprocessorData s, String status) throws IOException {
        printer.printRecord(Stream.of(s.name(), s.purpose(), s.category(), String.join("; ", s.data()),
                String.join("; ", s.locations()), String.join("; ", s.locationNames()), s.corporateLocation(),
                s.transferMechanism(), s.website(), s.dpa(), s.since(), s.aiModelProvider(), status, s.starts(),
                s.ends()).map(SubprocessorData::cell).toList());
    }
}
