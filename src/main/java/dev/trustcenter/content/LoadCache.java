package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What `serve` keeps between rebuilds: each content file's reading, as long as its size and modification time are
 * unchanged. A one-off build uses none; a change to a file is seen by its new time or size.
 */
public final class LoadCache {

    private record Entry(FileTime modified, long size, Object value, List<Diagnostic> findings) {}

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The cached reading of {@code file}, or a fresh one; its findings are replayed into {@code diagnostics}. */
    @SuppressWarnings("unchecked")
    <T> T read(Path file, Diagnostics diagnostics, Function<Diagnostics, T> reader) {
        Optional<BasicFileAttributes> attributes = attributes(file);
        Entry entry = entries.get(file);
        if (entry != null && attributes.isPresent() && entry.modified().equals(attributes.get().lastModifiedTime())
                && entry.size() == attributes.get().size()) {
            entry.findings().forEach(diagnostics::add);
            return (T) entry.value();
        }
        Diagnostics own = new Diagnostics();
        T value = reader.apply(own);
        attributes.ifPresent(a -> entries.put(file, new Entry(a.lastModifiedTime(), a.size(), value, own.all())));
        own.all().forEach(diagnostics::add);
        return value;
    }

    private static Optional<BasicFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
