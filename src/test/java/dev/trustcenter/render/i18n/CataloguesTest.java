package dev.trustcenter.render.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shipped catalogue is complete and well-formed, and every key the theme uses exists. */
class CataloguesTest {

    private static final Map<String, String> ENGLISH = Catalogues.builtIn("en");

    @Test
    void everyShippedCatalogueHasExactlyTheKeysOfEnglish() {
        for (String language : Catalogues.SHIPPED) {
            Set<String> keys = new TreeSet<>(Catalogues.builtIn(language).keySet());
            Set<String> missing = new TreeSet<>(ENGLISH.keySet());
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(ENGLISH.keySet());
            assertEquals(Set.of(), missing, "keys missing from messages/" + language + ".properties");
            assertEquals(Set.of(), extra, "keys in messages/" + language + ".properties that English lacks");
        }
    }

    @Test
    void everyMessageIsAValidIcuPatternWithTheSameArgumentsAsEnglish() {
        Pattern argument = Pattern.compile("\\{(\\d)");
        for (String language : Catalogues.SHIPPED) {
            Catalogues.builtIn(language).forEach((key, pattern) -> {
                new MessageFormat(pattern, ULocale.forLanguageTag(language));
                assertEquals(arguments(argument, ENGLISH.get(key)), arguments(argument, pattern),
                        language + " " + key + " uses other arguments than English");
            });
        }
    }

    private static Set<String> arguments(Pattern argument, String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = argument.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyKeyTheTemplatesUseIsInTheEnglishCatalogue() throws IOException {
        Pattern use = Pattern.compile("\\bt\\(\"([\\w.]+)\"");
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("themes/default/templates"))) {
            for (Path template : templates.toList()) {
                Matcher m = use.matcher(Files.readString(template));
                while (m.find()) {
                    if (!ENGLISH.containsKey(m.group(1))) {
                        unknown.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), unknown);
    }

    @Test
    void arabicUsesItsOwnPluralFormsAndWesternDigits() {
        Messages ar = new Catalogues(Optional.empty()).messages("ar");
        assertEquals("يُحتفظ بالمدخلات يومًا واحدًا", ar.text("ai.retention.prompts", 1));
        assertEquals("يُحتفظ بالمدخلات يومين", ar.text("ai.retention.prompts", 2));
        assertEquals("يُحتفظ بالمدخلات 3 أيام", ar.text("ai.retention.prompts", 3));
        assertEquals("يُحتفظ بالمدخلات 11 يومًا", ar.text("ai.retention.prompts", 11));
        assertEquals("يُحتفظ بالمدخلات 100 يوم", ar.text("ai.retention.prompts", 100));
        assertEquals("22 نوفمبر 2026", ar.date(LocalDate.of(2026, 11, 22)));
        assertTrue(ar.rightToLeft());
        assertEquals("rtl", ar.direction());
    }

    @Test
    void datesAndCountryNamesComeFromTheLocale() {
        Catalogues catalogues = new Catalogues(Optional.empty());
        assertEquals("22 November 2026", catalogues.messages("en").date(LocalDate.of(2026, 11, 22)));
        assertEquals("November 22, 2026", catalogues.messages("en-US").date(LocalDate.of(2026, 11, 22)));
        assertEquals("ألمانيا", catalogues.messages("ar").country("DE"));
        assertEquals("Germany", catalogues.messages("en").country("DE"));
        assertEquals("٢٢ نوفمبر ٢٠٢٦", catalogues.messages("ar-u-nu-arab").date(LocalDate.of(2026, 11, 22)));
    }

    @Test
    void htmlEscapesTheMessageAndItsTextArgumentsButKeepsDatesAsTimeElements() {
        Messages en = new Catalogues(Optional.empty()).messages("en");
        assertEquals("Owner: &lt;script&gt;", en.html("controls.owner", "<script>"));
        assertEquals("Last tested <time datetime=\"2026-10-14\">14 October 2026</time>",
                en.html("controls.lastTested", LocalDate.of(2026, 10, 14)));
        assertFalse(en.html("controls.owner", "\"'&").contains("\""));
    }

    @Test
    void aLanguageWithoutACatalogueReadsEnglishAndSaysSo() {
        Catalogues catalogues = new Catalogues(Optional.empty());
        assertFalse(catalogues.translates("sw"));
        assertTrue(catalogues.translates("ar"));
        assertEquals("Policies", catalogues.messages("sw").text("nav.policies"));
        assertEquals(List.of("en", "ar"), Catalogues.SHIPPED.subList(0, 2));
    }
}
