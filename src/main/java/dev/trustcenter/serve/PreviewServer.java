package dev.trustcenter.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.DiagnosticsJson;
import dev.trustcenter.render.OutputFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import dev.trustcenter.build.BuildRequest;
import dev.trustcenter.model.SiteLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * `trustcenter serve`: builds the site in memory, serves it on localhost, rebuilds when a source file changes and
 * tells open pages to reload over Server-Sent Events. A failed rebuild keeps the last good site on screen and shows
 * the findings in the terminal and as an overlay in the browser. The reload script is injected only here, never
 * into a built site.
 */
public final class PreviewServer implements Closeable {

    static final String PREFIX = "/_trustcenter/";
    static final String SCRIPT_TAG = "<script src=\"" + PREFIX + "live.js\"></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("xml", "application/xml"),
            Map.entry("ics", "text/calendar; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("md", "text/plain; charset=utf-8"));

    private final Path config;
    private final Function<Path, BuildDates> dates;
    private final Consumer<SiteBuild.Result> report;
    private final AtomicReference<Map<String, byte[]>> site = new AtomicReference<>(Map.of());
    private final AtomicReference<List<Diagnostic>> problems = new AtomicReference<>(List.of());
    /** Open event streams, each with the latch its handler thread waits on until the browser goes away. */
    private final Map<OutputStream, CountDownLatch> listeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trustcenter-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "trustcenter-serve");
        t.setDaemon(true);
        return t;
    });
    private final SiteWatcher watcher;
    /** Unchanged files, renderings and pages are reused from one rebuild to the next. */
    private final SiteBuild.Session session = new SiteBuild.Session();

    /**
     * @param dates  the build dates, resolved afresh for each rebuild
     * @param report told of every build's result, to print findings and a summary line
     */
    public PreviewServer(Path config, int port, Function<Path, BuildDates> dates, Consumer<SiteBuild.Result> report)
            throws IOException {
        this.config = config.toAbsolutePath().normalize();
        this.dates = dates;
        this.report = report;
        rebuild();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.server.setExecutor(executor);
        this.server.createContext("/", this::serve);
        this.server.start();
        this.watcher = new SiteWatcher(this.config.getParent(), this::rebuildAndNotify);
        // A comment line every 15 s finds closed pages, whose writes then fail.
        heartbeat.scheduleAtFixedRate(() -> send(": ping\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Builds in memory; on failure keeps serving the last good site. Returns whether the build succeeded. */
    synchronized boolean rebuild() {
        SiteBuild.Result result = SiteBuild.render(BuildRequest.of(config, dates.apply(config)).in(session));
        report.accept(result);
        problems.set(result.diagnostics().all().stream().filter(Diagnostic::isError).toList());
        result.files().ifPresent(files -> site.set(files.stream()
                .collect(Collectors.toUnmodifiableMap(OutputFile::path, OutputFile::bytes))));
        return result.ok();
    }

    private void rebuildAndNotify(Set<Path> changed) {
        Path themes = SiteLayout.ofConfig(config).themes();
        if (changed.stream().anyMatch(p -> p.startsWith(themes))) {
            session.themeChanged();
        }
        boolean ok = rebuild();
        broadcast(ok ? "reload" : "problems", ok ? "{}" : DiagnosticsJson.write(problems.get()).replace("\n", " "));
    }

    private void broadcast(String event, String data) {
        send("event: " + event + "\ndata: " + data + "\n\n");
    }

    private void send(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        listeners.forEach((listener, closed) -> {
            try {
                synchronized (listener) {
                    listener.write(bytes);
                    listener.flush();
                }
            } catch (IOException e) {
                listeners.remove(listener);
                closed.countDown();
            }
        });
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(PREFIX + "events")) {
                events(exchange);
                return;
            }
            if (path.equals(PREFIX + "live.js")) {
                send(exchange, 200, "js", resource("serve/live.js"));
                return;
            }
            Map<String, byte[]> files = site.get();
            String file = path.substring(1);
            if (file.isEmpty() || file.endsWith("/")) {
                file += "index.html";
            } else if (!files.containsKey(file) && files.containsKey(file + "/index.html")) {
                exchange.getResponseHeaders().add("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            byte[] body = files.get(file);
            int status = 200;
            if (body == null) {
                status = 404;
                file = "404.html";
                body = files.getOrDefault(file, "Not found".getBytes(StandardCharsets.UTF_8));
            }
            String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            send(exchange, status, extension, extension.equals("html") ? withLiveReload(body) : body);
        }
    }

    /** Holds the connection open; the first event tells a page about problems it loaded into. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String initial = problems.get().isEmpty()
                ? "event: ok\ndata: {}\n\n"
                : "event: problems\ndata: " + DiagnosticsJson.write(problems.get()).replace("\n", " ") + "\n\n";
        out.write(initial.getBytes(StandardCharsets.UTF_8));
        out.flush();
        CountDownLatch closed = new CountDownLatch(1);
        listeners.put(out, closed);
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(out);
        }
    }

    /** The reload script goes before the closing body tag; pages without one get it appended. */
    static byte[] withLiveReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String injected = end < 0 ? page + SCRIPT_TAG : page.substring(0, end) + SCRIPT_TAG + page.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        heartbeat.shutdownNow();
        listeners.values().forEach(CountDownLatch::countDown);
        server.stop(0);
        executor.shutdownNow();
    }
}
