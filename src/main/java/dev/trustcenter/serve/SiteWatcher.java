package dev.trustcenter.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import dev.trustcenter.model.SiteLayout;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders a site is built from (site-config.yaml's folder, content/, themes/, private/) and calls
 * back once per burst of changes: editors save in several steps, and a rebuild per step would be wasted.
 */
final class SiteWatcher implements Closeable {

    static final long QUIET_MILLIS = 15;

    private final Path root;
    private final Path config;
    private final WatchService watcher;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /** Watches the site of {@code config}, the site's configuration file (absolute), whatever its name. */
    SiteWatcher(Path config, Consumer<Set<Path>> onChange) throws IOException {
        this.config = config;
        this.root = config.getParent();
        this.watcher = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        register(root, false);
        for (Path folder : new SiteLayout(root).sourceFolders()) {
            if (Files.isDirectory(folder)) {
                register(folder, true);
            }
        }
        this.thread = new Thread(this::loop, "trustcenter-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Where every change is reported: the configuration file and the source folders, whether they exist yet or not (one
     * created later is watched from its creation, which is reported).
     */
    List<Path> watched() {
        List<Path> watched = new ArrayList<>(List.of(config));
        watched.addAll(new SiteLayout(root).sourceFolders());
        return watched;
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
                Set<Path> changed = new HashSet<>();
                handle(key, changed);
                WatchKey next;
                while ((next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects the changed paths; registers new folders; ignores the output folder and editors' swap files. */
    private void handle(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || !(event.context() instanceof Path name)) {
                // Events were lost, and not only in this folder: everything may have changed.
                changed.add(root);
                continue;
            }
            Path path = dir.resolve(name);
            String file = name.toString();
            // At the root, only the configuration and folders matter; a source folder removed or renamed too.
            if (dir.equals(root) && !path.equals(config) && !Files.isDirectory(path)
                    && !new SiteLayout(root).sourceFolders().contains(path)) {
                continue;
            }
            if (file.startsWith(".") || file.endsWith("~") || file.endsWith(".swp")) {
                continue;
            }
            // A new grants/ (after the first grant) is watched too; the output folder at the root never is.
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)
                    && (!dir.equals(root) || new SiteLayout(root).sourceFolders().contains(path))) {
                try {
                    register(path, true);
                } catch (IOException e) {
                    // The folder vanished again; nothing to watch.
                }
            }
            changed.add(path);
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
