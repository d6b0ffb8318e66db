package dev.trustcenter;

import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An inline test site in the manner of Hugo's integration tests: a text block of
 * {@code -- path --} sections, each followed by that file's content, written to a folder and built in memory.
 * Sections are laid over a minimal valid site, so a test names only the files it is about.
 */
public final class TestSite {

    private static final Pattern SECTION = Pattern.compile("(?m)^-- (\\S+) --$");

    public static final String MINIMAL = """
            -- site-config.yaml --
            site:
              title: Acme Trust Center
              base_url: https://trust.acme.example.com/
            company:
              name: Acme
            contacts:
              security: security@acme.example.com
            -- content/compliance.yaml --
            - id: gdpr
              framework: gdpr
              status: compliant
            """;

    /** One gated document, in private/, that a compliance entry cites: the smallest site a grant can be made on. */
    public static final String GATED_REPORT = """
            -- content/documents.yaml --
            - {id: report, title: Report, access: gated, file: report.txt}
            -- content/compliance.yaml --
            - {id: gdpr, framework: gdpr, status: compliant, documents: [report]}
            -- private/report.txt --
            A gated report.
            """;

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A public policy's file: front matter with every required key, then {@code body}. */
    public static String policy(String title, String body) {
        return "---\ntitle: " + title + "\nversion: \"1\"\nowner: CISO\neffective: 2026-01-01\nlast_reviewed: 2026-01-01\n"
                + "visibility: public\n---\n" + body + "\n";
    }

    /** Writes the minimal site, then {@code files} over it, into {@code folder}. */
    public static TestSite create(Path folder, String files) {
        Map<String, String> all = new LinkedHashMap<>(parseSections(MINIMAL));
        all.putAll(parseSections(files));
        all.forEach((path, text) -> write(folder.resolve(path), text.getBytes(StandardCharsets.UTF_8)));
        return new TestSite(folder);
    }

    /** A copy of the repository's example (config, content, private, themes), for tests that change it. */
    public static Path copyOfExample(Path folder) {
        for (String part : List.of("site-config.yaml", "content", "private", "themes")) {
            Path from = Path.of(part);
            if (!Files.exists(from)) {
                continue;
            }
            try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
                for (Path file : walk.toList()) {
                    Path to = folder.resolve(file.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(file, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    /** Every file under {@code root} with the SHA-256 of its bytes, by relative path: equal maps, equal trees. */
    public static Map<String, String> digests(Path root) {
        Map<String, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** The files of an inline site, by path. */
    public static Map<String, String> parseSections(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(text);
        String name = null;
        int start = 0;
        while (m.find()) {
            if (name != null) {
                files.put(name, text.substring(start, m.start()));
            }
            name = m.group(1);
            start = m.end() + 1;
        }
        if (name != null) {
            files.put(name, start <= text.length() ? text.substring(Math.min(start, text.length())) : "");
        }
        return files;
    }

    public Path root() {
        return root;
    }

    public Path config() {
        return root.resolve("site-config.yaml");
    }

    public TestSite file(String path, String text) {
        write(root.resolve(path), text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public TestSite file(String path, byte[] bytes) {
        write(root.resolve(path), bytes);
        return this;
    }

    public SiteBuild.Result render(LocalDate asOf) {
        return SiteBuild.render(config(), new BuildDates(asOf, asOf), false);
    }

    /** Renders and fails the test with every finding if the site did not build. */
    public Built build(LocalDate asOf) {
        SiteBuild.Result result = render(asOf);
        if (!result.ok()) {
            throw new AssertionError("the site did not build:\n" + result.diagnostics().all().stream()
                    .map(d -> d.format()).reduce("", (a, b) -> a + b + "\n"));
        }
        return new Built(result);
    }

    /** A site built in memory. */
    public record Built(SiteBuild.Result result) {

        public List<OutputFile> files() {
            return result.files().orElseThrow();
        }

        public boolean has(String path) {
            return files().stream().anyMatch(f -> f.path().equals(path));
        }

        public String text(String path) {
            return files().stream().filter(f -> f.path().equals(path)).findFirst()
                    .map(f -> new String(f.bytes(), StandardCharsets.UTF_8))
                    .orElseThrow(() -> new AssertionError("no output file " + path + "; files: "
                            + files().stream().map(OutputFile::path).toList()));
        }

        public Document page(String path) {
            return Jsoup.parse(text(path));
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
