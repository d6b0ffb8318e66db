package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code {% keep %}} renders a block once per value and language, and the same text as without it. */
class KeepTagTest {

    static final AtomicInteger READS = new AtomicInteger();

    /** A view whose every read of its name is counted, to tell a kept block from a rendered one. */
    public record Row(String name) {
        @Override
        public String name() {
            READS.incrementAndGet();
            return name;
        }
    }

    @TempDir
    Path folder;

    @Test
    void aKeptBlockIsRenderedOncePerValueAndLanguageAndReadsAsWithoutIt() throws IOException {
        Files.createDirectories(folder.resolve("templates"));
        Files.writeString(folder.resolve("templates/kept.peb"),
                "{% for r in rows %}{% keep r %}<li>{{ r.name }} {{ t(\"nav.policies\") }}</li>\n{% endkeep %}{% endfor %}");
        Files.writeString(folder.resolve("templates/plain.peb"),
                "{% for r in rows %}<li>{{ r.name }} {{ t(\"nav.policies\") }}</li>\n{% endfor %}");
        Theme theme = new Theme(Optional.of(folder));
        List<Row> rows = List.of(new Row("A & B"), new Row("<C>"), new Row("A & B"));
        Map<String, Object> page = Map.of("rows", rows);

        int first = countReads(() -> assertEquals(theme.render("plain", page, "en"), theme.render("kept", page, "en")));
        assertEquals(3 + 2, first, "three rows read plainly, two values kept");
        assertEquals(true, theme.render("kept", page, "en").contains("<li>A &amp; B Policies</li>"),
                "a kept block is escaped as any other");
        assertEquals(0, countReads(() -> theme.render("kept", page, "en")), "the same build reuses every kept row");

        theme.keepOnlyLastBuild();
        List<Row> renamed = List.of(new Row("A & B"), new Row("<D>"), new Row("A & B"));
        int reads = countReads(() -> theme.render("kept", Map.of("rows", renamed), "en"));
        assertEquals(1, reads, "only the changed row is rendered again");
        assertEquals(theme.render("plain", Map.of("rows", renamed), "en"), theme.render("kept", Map.of("rows", renamed), "en"));

        String french = theme.render("kept", Map.of("rows", renamed), "fr");
        assertEquals(theme.render("plain", Map.of("rows", renamed), "fr"), french);
        assertEquals(false, french.equals(theme.render("kept", Map.of("rows", renamed), "en")),
                "another language is its own block");
    }

    private static int countReads(Runnable render) {
        int before = READS.get();
        render.run();
        return READS.get() - before;
    }
}
