package dev.trustcenter.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What {@code trustcenter init} writes: a small but complete trust center that builds with no errors on the day
 * it is written, a .gitignore that keeps private/ and public/ out of git, a GitHub Actions workflow, and the
 * JSON Schemas the YAML files point editors to.
 */
public final class StarterSite {

    private static final List<String> SCHEMAS = List.of("site-config", "compliance", "subprocessors", "documents", "faq",
            "controls", "ai-systems");

    private StarterSite() {}

    /** Thrown when the folder already holds something: init never overwrites. */
    public static final class NotEmpty extends Exception {
        public NotEmpty(Path folder) {
            super(folder + " is not empty; init only writes into a new or empty folder.", null, false, false);
        }
    }

    /** Writes the starter site into {@code folder} and returns the paths written, relative to it. */
    public static List<String> write(Path folder, LocalDate today) throws NotEmpty, IOException {
        if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
            throw new NotEmpty(folder);
        }
        String company = companyName(folder);
        List<String> written = new ArrayList<>();
        for (String name : resourceLines("init/files.txt")) {
            String text = new String(resource("init/" + name), StandardCharsets.UTF_8)
                    .replace("%TODAY%", today.toString())
                    .replace("%TARGET%", today.plusMonths(6).toString())
                    .replace("%COMPANY%", company);
            String target = switch (name) {
                case "gitignore" -> ".gitignore";
                case "github-workflow.yml" -> ".github/workflows/trustcenter.yml";
                default -> name;
            };
            write(folder.resolve(target), text.getBytes(StandardCharsets.UTF_8));
            written.add(target);
        }
        for (String schema : SCHEMAS) {
            String target = "schemas/" + schema + ".schema.json";
            write(folder.resolve(target), resource(target));
            written.add(target);
        }
        return written;
    }

    /** "acme-corp" becomes "Acme Corp": a readable first guess the publisher edits. */
    static String companyName(Path folder) {
        String base = folder.toAbsolutePath().normalize().getFileName().toString().replaceAll("[-_.]+", " ").strip();
        if (base.isEmpty()) {
            return "Example";
        }
        StringBuilder name = new StringBuilder();
        for (String word : base.split(" ")) {
            name.append(name.length() == 0 ? "" : " ")
                    .append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.toString().replaceAll("[^\\p{L}\\p{N} ]", "");
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] resource(String name) {
        try (InputStream in = StarterSite.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the starter site resource " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> resourceLines(String name) {
        return new String(resource(name), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
