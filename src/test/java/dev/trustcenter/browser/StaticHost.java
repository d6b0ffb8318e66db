package dev.trustcenter.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A static host for a built site on 127.0.0.1, as Netlify or Cloudflare Pages would serve it: index.html for
 * folders, 404.html for anything missing, and the headers of the site's own _headers file.
 */
public final class StaticHost implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "svg", "image/svg+xml", "pdf", "application/pdf",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8");

    private final Path root;
    private final HttpServer server;
    private final Map<String, List<String[]>> headers;

    public StaticHost(Path root) throws IOException {
        this.root = root;
        this.headers = readHeaders(root.resolve("_headers"));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.server.createContext("/", this::serve);
        this.server.start();
    }

    /** The repository's example trust center, built as of its stated date into {@code folder}/public and hosted. */
    public static StaticHost example(Path folder) throws IOException {
        Path site = folder.resolve("public");
        java.time.LocalDate asOf = java.time.LocalDate.parse("2026-11-22");
        var result = dev.trustcenter.build.SiteBuild.build(Path.of("site-config.yaml"), java.util.Optional.of(site),
                new dev.trustcenter.build.BuildDates(asOf, asOf), false);
        if (!result.ok()) {
            throw new IllegalStateException("the example does not build: " + result.diagnostics().all());
        }
        return new StaticHost(site);
    }

    public Path root() {
        return root;
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + path);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            headers.forEach((pattern, values) -> {
                if (pattern.equals("/*") || pattern.endsWith("/*") && path.startsWith(pattern.substring(0, pattern.length() - 1))) {
                    values.forEach(h -> exchange.getResponseHeaders().add(h[0], h[1]));
                }
            });
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            exchange.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** The Netlify _headers format: a path pattern, then its headers indented beneath it. */
    static Map<String, List<String[]>> readHeaders(Path file) throws IOException {
        Map<String, List<String[]>> rules = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return rules;
        }
        String pattern = null;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                pattern = line.strip();
                rules.put(pattern, new ArrayList<>());
            } else if (pattern != null) {
                int colon = line.indexOf(':');
                rules.get(pattern).add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
            }
        }
        return rules;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
