package dev.trustcenter.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What tells a changed file from an unchanged one without reading it: its size, its modification time, and where
 * the system has them its change time and inode. A tool that restores an old modification time (rsync -t, cp -p,
 * tar) cannot restore the change time, and a file replaced by another has another inode.
 */
public record FileStamp(long size, Object modified, Object changed, Object inode) {

    /** The file's stamp, or empty when it cannot be read. */
    public static Optional<FileStamp> of(Path file) {
        try {
            try {
                Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
                return Optional.of(new FileStamp((Long) unix.get("size"), unix.get("lastModifiedTime"),
                        unix.get("ctime"), unix.get("ino")));
            } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
                // A file system without the "unix" view (Windows): size, modification time and file key, no ctime.
                BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
                return Optional.of(new FileStamp(basic.size(), basic.lastModifiedTime(), null, basic.fileKey()));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Every file under {@code folder} with its stamp, in name order: two lists are equal only when no file was added,
     * removed or changed in between. Empty when the folder does not exist.
     */
    public static List<String> ofTree(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted()
                    .map(file -> folder.relativize(file) + " " + of(file).map(FileStamp::toString).orElse("unreadable"))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of("unreadable " + e.getMessage());
        }
    }
}
