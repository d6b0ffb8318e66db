package dev.trustcenter.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders a site is built from (site-config.yaml's folder, content/, themes/, private/) and calls
 * back once per burst of changes: editors save in several steps, and a rebuild per step would be wasted.
 */
final class SiteWatcher implements Closeable {

    static final long QUIET_MILLIS = 40;

    private final Path root;
    private final WatchService watcher;
    private final Runnable onChange;
    private final Thread thread;

    SiteWatcher(Path root, Runnable onChange) throws IOException {
        this.root = root;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        register(root, false);
        for (String folder : List.of("content", "themes", "private")) {
            if (Files.isDirectory(root.resolve(folder))) {
                register(root.resolve(folder), true);
            }
        }
        this.thread = new Thread(this::loop, "trustcenter-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void register(Path folder, boolean recursive) throws IOException {
        if (!recursive) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path dir : tree.filter(Files::isDirectory).toList()) {
                register(dir, false);
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = handle(key);
                WatchKey next;
                while ((next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(next);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Registers new folders, and ignores changes in the output folder and editors' swap files. */
    private boolean handle(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve(name);
            String file = name.toString();
            if (dir.equals(root) && !file.equals("site-config.yaml") && !Files.isDirectory(changed)) {
                continue;
            }
            if (file.startsWith(".") || file.endsWith("~") || file.endsWith(".swp")) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)
                    && !dir.equals(root)) {
                try {
                    register(changed, true);
                } catch (IOException e) {
                    // The folder vanished again; nothing to watch.
                }
            }
            relevant = true;
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
