package dev.trustcenter.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.BuildRequest;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.DiagnosticsJson;
import dev.trustcenter.model.SiteLayout;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * `trustcenter serve`: serves the site, built in memory, on localhost, and rebuilds it when a source file changes.
 * A failed rebuild keeps the last good site on screen and shows the findings in the terminal and, through
 * {@link LiveReload}, over the page. This class routes requests and orchestrates rebuilds; the event stream is
 * LiveReload's, the content types ContentTypes', the watching SiteWatcher's.
 */
public final class PreviewServer implements Closeable {

    static {
        // The JDK's server writes a response's headers and body apart; with Nagle's algorithm on, the body then
        // waits for the browser's delayed acknowledgement, 40 ms on Linux, for every request on a kept-alive
        // connection after the first. Read once, when its first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Path config;
    private final Function<Path, BuildDates> dates;
    private final Consumer<SiteBuild.Result> report;
    private final AtomicReference<Map<String, byte[]>> site = new AtomicReference<>(Map.of());
    private final AtomicReference<List<Diagnostic>> problems = new AtomicReference<>(List.of());
    private final LiveReload live = new LiveReload();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "trustcenter-serve");
        t.setDaemon(true);
        return t;
    });
    /** Unchanged files, renderings and pages are reused from one rebuild to the next. */
    private final SiteBuild.Session session = new SiteBuild.Session();
    private HttpServer server;
    private SiteWatcher watcher;
    /** Set by the first change the watcher reports, and on close: the warm-up stops. */
    private volatile boolean changedOrClosed;

    /**
     * How many times the unchanged site is rebuilt, and the result discarded, after the first build: enough for the
     * JIT to compile what a rebuild that reuses almost every page runs, which the first build never ran.
     */
    static final int WARM_UP_REBUILDS = 20;

    private PreviewServer(Path config, Function<Path, BuildDates> dates, Consumer<SiteBuild.Result> report) {
        this.config = config.toAbsolutePath().normalize();
        this.dates = dates;
        this.report = report;
    }

    /**
     * Builds the site, then serves it on 127.0.0.1 and starts watching its files.
     *
     * @param dates  the build dates, resolved afresh for each rebuild
     * @param report told of every build's result, to print findings and a summary line
     */
    public static PreviewServer start(Path config, int port, Function<Path, BuildDates> dates,
                                      Consumer<SiteBuild.Result> report) throws IOException {
        PreviewServer preview = new PreviewServer(config, dates, report);
        preview.rebuild();
        preview.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        preview.server.setExecutor(preview.executor);
        preview.server.createContext("/", preview::serve);
        preview.server.start();
        preview.watcher = new SiteWatcher(preview.config, preview::rebuildAndNotify);
        preview.session.watch(preview.watcher.watched());
        Thread warmUp = new Thread(preview::warmUp, "trustcenter-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return preview;
    }

    /**
     * Rebuilds the unchanged site a few times in the background while nobody edits, without serving or reporting
     * the results, so that the first saves are rebuilt as fast as later ones rather than by code the JIT has not
     * compiled yet. Stops at the first change the watcher reports.
     */
    private void warmUp() {
        for (int i = 0; i < WARM_UP_REBUILDS && !changedOrClosed; i++) {
            synchronized (this) {
                if (changedOrClosed) {
                    return;
                }
                try {
                    SiteBuild.render(BuildRequest.of(config, dates.apply(config)).caching(true).in(session));
                } catch (RuntimeException e) {
                    return; // the next real rebuild meets the same problem and reports it
                }
            }
        }
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Builds in memory; on failure keeps serving the last good site. Returns whether the build succeeded. */
    synchronized boolean rebuild() {
        SiteBuild.Result result = SiteBuild.render(BuildRequest.of(config, dates.apply(config)).caching(true).in(session));
        report.accept(result);
        problems.set(result.diagnostics().all().stream().filter(Diagnostic::isError).toList());
        result.files().ifPresent(files -> {
            // Read by request threads, never written after this: a plain map, not copied again into an immutable one.
            Map<String, byte[]> served = new HashMap<>(files.size() * 2);
            files.forEach(file -> served.put(file.path(), file.bytes()));
            site.set(Collections.unmodifiableMap(served));
        });
        return result.ok();
    }

    private void rebuildAndNotify(Set<Path> changed) {
        changedOrClosed = true;
        Path themes = SiteLayout.ofConfig(config).themes();
        if (changed.stream().anyMatch(p -> p.startsWith(themes))) {
            session.themeChanged();
        }
        session.changed(changed);
        boolean ok = rebuild();
        live.broadcast(ok ? "reload" : "problems", ok ? "{}" : problemsJson());
    }

    private String problemsJson() {
        return DiagnosticsJson.write(problems.get()).replace("\n", " ");
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(LiveReload.PREFIX + "events")) {
                live.events(exchange, problems.get().isEmpty() ? "event: ok\ndata: {}\n\n"
                        : "event: problems\ndata: " + problemsJson() + "\n\n");
                return;
            }
            if (path.equals(LiveReload.PREFIX + "live.js")) {
                send(exchange, 200, "live.js", resource("serve/live.js"));
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
            send(exchange, status, file, file.endsWith(".html") ? LiveReload.inject(body) : body);
        }
    }

    private static void send(HttpExchange exchange, int status, String file, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", ContentTypes.of(file));
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
        changedOrClosed = true;
        if (watcher != null) {
            watcher.close();
        }
        live.close();
        if (server != null) {
            server.stop(0);
        }
        executor.shutdownNow();
    }
}
