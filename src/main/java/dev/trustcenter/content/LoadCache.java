package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What `serve` and the resident build process keep between builds: each content file's reading, as long as its
 * {@link FileStamp} is unchanged. A one-off build uses none.
 *
 * <p>When a watcher reports every change under some folders ({@link #watch}), a reading of a file there that was
 * confirmed since the watch began is reused without reading the file's stamp again, and so are the listings of
 * those folders, until the watcher names the file, the folder or a folder above them ({@link #changed}). A rebuild
 * after one file changed then looks at that file alone, not at every file of the site. What a symbolic link leads to
 * is always stamped, since its target may lie where nothing watches.
 */
public final class LoadCache {

    /** A reading, and whether it was confirmed against the file while a watcher reported its changes. */
    private record Entry(FileStamp stamp, Object dependsOn, Object value, List<Diagnostic> findings, boolean watched) {
        Entry confirmed() {
            return watched ? this : new Entry(stamp, dependsOn, value, findings, true);
        }
    }

    private record Listing(Path folder, String ending) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Listing, List<Path>> listings = new ConcurrentHashMap<>();
    private final Queue<Path> changes = new ConcurrentLinkedQueue<>();
    private volatile Predicate<Path> watched = path -> false;

    /**
     * From now on a watcher reports, through {@link #changed}, every change to the files under {@code folders}
     * (absolute). Readings made before are confirmed by their stamp once more before they are trusted.
     */
    public void watch(Collection<Path> folders) {
        List<Path> roots = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        watched = path -> roots.stream().anyMatch(path::startsWith);
        entries.replaceAll((file, entry) -> new Entry(entry.stamp(), entry.dependsOn(), entry.value(),
                entry.findings(), false));
        listings.clear();
    }

    /** What a watcher saw change: files, or folders when it cannot tell which of their files did. */
    public void changed(Collection<Path> paths) {
        paths.forEach(path -> changes.add(path.toAbsolutePath().normalize()));
    }

    /**
     * Forgets what the watcher reported changed since the last build, before a build reads anything: a change
     * reported while a build runs is applied at the next one, which the watcher asks for.
     */
    void beginLoad() {
        List<Path> changed = new ArrayList<>();
        for (Path path; (path = changes.poll()) != null; ) {
            changed.add(path);
        }
        if (changed.isEmpty()) {
            return;
        }
        // A changed file, or a folder whose files changed or that was added, removed or renamed: what is under it,
        // and the listing of the folder that holds it when it was added or removed.
        Predicate<Path> stale = file -> changed.stream().anyMatch(file::startsWith);
        entries.keySet().removeIf(stale);
        listings.entrySet().removeIf(listing -> stale.test(listing.getKey().folder())
                || changed.stream().anyMatch(path -> !stillListed(listing.getKey(), listing.getValue(), path)));
    }

    /**
     * Whether a listing still holds after {@code path} changed: it is not in the listing's folder, or its name is
     * not listed there, or it was listed and is still there (changed, not added or removed), or it was not and is not.
     */
    private static boolean stillListed(Listing listing, List<Path> files, Path path) {
        if (!listing.folder().equals(path.getParent())) {
            return true;
        }
        String name = path.getFileName().toString();
        if (!name.endsWith(listing.ending()) || name.startsWith(".")) {
            return true;
        }
        return files.contains(path) == Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** The cached reading of {@code file}, or a fresh one; its findings are replayed into {@code diagnostics}. */
    <T> T read(Path file, Diagnostics diagnostics, Function<Diagnostics, T> reader) {
        return read(file, List.of(), diagnostics, reader);
    }

    /**
     * The cached reading of {@code file} while the file and what else the reading depends on are unchanged, or a
     * fresh one; its findings are replayed into {@code diagnostics}.
     */
    @SuppressWarnings("unchecked")
    <T> T read(Path file, Object dependsOn, Diagnostics diagnostics, Function<Diagnostics, T> reader) {
        Entry entry = entries.get(file);
        if (entry != null && entry.watched() && entry.dependsOn().equals(dependsOn)) {
            entry.findings().forEach(diagnostics::add);
            return (T) entry.value();
        }
        // Whether a watcher reports this file's changes from before its stamp is read: then a change after the
        // stamp is reported, and the reading can be trusted without a stamp until it is.
        boolean watching = watched.test(file) && unlinked(file);
        Optional<FileStamp> stamp = FileStamp.of(file);
        if (entry != null && stamp.isPresent() && entry.stamp().equals(stamp.get())
                && entry.dependsOn().equals(dependsOn)) {
            if (watching) {
                entries.put(file, entry.confirmed());
            }
            entry.findings().forEach(diagnostics::add);
            return (T) entry.value();
        }
        Diagnostics own = new Diagnostics();
        T value = reader.apply(own);
        stamp.ifPresent(s -> entries.put(file, new Entry(s, dependsOn, value, own.all(), watching)));
        own.all().forEach(diagnostics::add);
        return value;
    }

    /**
     * Whether no symbolic link leads to {@code path}: a watcher reports changes where a link points only when that is
     * watched too, so what is reached through a link is stamped at every build instead.
     */
    private static boolean unlinked(Path path) {
        try {
            return path.toRealPath().equals(path);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The files of {@code folder} with the given ending, as {@code list} finds them: kept while a watcher reports
     * the folder's changes, listed afresh otherwise.
     */
    List<Path> list(Path folder, String ending, Supplier<List<Path>> list) {
        Listing key = new Listing(folder, ending);
        List<Path> kept = listings.get(key);
        if (kept != null) {
            return kept;
        }
        boolean watching = watched.test(folder) && unlinked(folder);
        List<Path> files = list.get();
        if (watching) {
            listings.put(key, files);
        }
        return files;
    }
}
