package dev.trustcenter.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The preview's live reload: open pages hold a Server-Sent Events stream, and each rebuild sends them "reload" or
 * the problems to show. The script that listens is injected into previewed pages only, never into a built site.
 */
final class LiveReload implements Closeable {

    static final String PREFIX = "/_trustcenter/";
    static final String SCRIPT_TAG = "<script src=\"" + PREFIX + "live.js\"></script>";

    /** Open event streams, each with the latch its handler thread waits on until the browser goes away. */
    private final Map<OutputStream, CountDownLatch> listeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trustcenter-heartbeat");
        t.setDaemon(true);
        return t;
    });

    LiveReload() {
        // A comment line every 15 s finds closed pages, whose writes then fail.
        heartbeat.scheduleAtFixedRate(() -> send(": ping\n\n"), 15, 15, TimeUnit.SECONDS);
    }

    void broadcast(String event, String data) {
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

    /** Holds the connection open; {@code first} is the event a page gets on connecting. */
    void events(HttpExchange exchange, String first) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(first.getBytes(StandardCharsets.UTF_8));
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
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String injected = end < 0 ? page + SCRIPT_TAG : page.substring(0, end) + SCRIPT_TAG + page.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        listeners.values().forEach(CountDownLatch::countDown);
    }
}
