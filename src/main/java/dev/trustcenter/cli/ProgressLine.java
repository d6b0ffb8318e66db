package dev.trustcenter.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Says what a build is doing, once a second, but only once it has taken longer than a second. */
final class ProgressLine implements AutoCloseable {

    private final AtomicReference<String> stage = new AtomicReference<>("starting");
    private final ScheduledExecutorService timer;

    /** @param err where to print; null for --quiet */
    ProgressLine(PrintWriter err) {
        this(err, "Building");
    }

    /** @param verb what the command is doing, such as "Answering" */
    ProgressLine(PrintWriter err, String verb) {
        if (err == null) {
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "trustcenter-progress");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        timer.scheduleAtFixedRate(() -> {
            err.printf("%s… %s (%.0f s)%n", verb, stage.get(), (System.nanoTime() - start) / 1e9);
            err.flush();
        }, 1, 1, TimeUnit.SECONDS);
    }

    void stage(String name) {
        stage.set(name);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
