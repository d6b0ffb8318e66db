package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What `serve` and the resident build process keep between builds: each content file's reading, as long as its
 * {@link FileStamp} is unchanged. A one-off build uses none.
 */
public final class LoadCache {

    private record Entry(FileStamp stamp, Object dependsOn, Object value, List<Diagnostic> findings) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

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
        Optional<FileStamp> stamp = FileStamp.of(file);
        Entry entry = entries.get(file);
        if (entry != null && stamp.isPresent() && entry.stamp().equals(stamp.get())
                && entry.dependsOn().equals(dependsOn)) {
            entry.findings().forEach(diagnostics::add);
            return (T) entry.value();
        }
        Diagnostics own = new Diagnostics();
        T value = reader.apply(own);
        stamp.ifPresent(s -> entries.put(file, new Entry(s, dependsOn, value, own.all())));
        own.all().forEach(diagnostics::add);
        return value;
    }
}
