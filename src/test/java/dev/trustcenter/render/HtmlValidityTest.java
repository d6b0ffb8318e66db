package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Every HTML page of the example passes the Nu Html Checker (vnu), run in-process, with zero errors. */
public class HtmlValidityTest {

    static SiteBuild.Result site;

    @BeforeAll
    static void build() {
        LocalDate day = LocalDate.parse("2026-11-22");
        site = SiteBuild.render(Path.of("site-config.yaml"), new BuildDates(day, day), false);
        assertTrue(site.ok());
    }

    /** Errors of one document, as "line:column: message". Warnings are not gates. */
    public static List<String> errors(byte[] html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Advice, such as "consider adding a lang attribute", is not an error.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html)));
        return errors;
    }

    @Test
    void everyPageOfTheExampleIsValidHtml() throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (OutputFile file : site.files().orElseThrow()) {
            if (file.path().endsWith(".html")) {
                pages++;
                errors(file.bytes()).forEach(e -> problems.add(file.path() + ":" + e));
            }
        }
        assertTrue(pages >= 30);
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckerReportsInvalidHtmlSoTheGateCanFail() throws Exception {
        String broken = "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><ul><div>bad</div></ul>"
                + "<img src=a.png></body></html>";
        List<String> errors = errors(broken.getBytes(StandardCharsets.UTF_8));
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.contains("alt")), errors.toString());
    }
}
