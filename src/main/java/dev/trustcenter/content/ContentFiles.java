package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The site folder on disk. Every content file is read through here: strictly as UTF-8, with a byte-order
 * mark dropped, and never from outside the site folder (a symlink out of it is refused).
 */
public final class ContentFiles {

    /** Larger than any real content file; larger input is a mistake or an attack. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private final Path root;
    private final Path realRoot;

    public ContentFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            this.realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path resolve(String relative) {
        return root.resolve(relative).normalize();
    }

    /** The name a user sees in messages: relative to the site folder, with forward slashes. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return relative.toString().replace('\\', '/');
    }

    public boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    /** True when the file resolves, through any symlink, to a place inside the site folder. */
    public boolean inside(Path file) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** The text of a content file, or empty with the problem reported. */
    public Optional<String> readText(Path file, Diagnostics diagnostics) {
        Source at = Source.file(display(file));
        Optional<byte[]> bytes = readBytes(file, diagnostics);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.get()))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            diagnostics.error("bad-encoding", at, "The file is not valid UTF-8 text.",
                    "Save it as UTF-8 in your editor (\"Save with encoding\" → UTF-8).");
            return Optional.empty();
        }
    }

    /** The bytes of a file inside the site folder, or empty with the problem reported. */
    public Optional<byte[]> readBytes(Path file, Diagnostics diagnostics) {
        Source at = Source.file(display(file));
        if (!inside(file)) {
            diagnostics.error("outside-site", at, "The file points outside the site folder.",
                    "Copy the file into the site folder instead of linking to it.");
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                diagnostics.error("too-large", at, "The file is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB, far more than a content file needs.", "Check that the right file was saved here.");
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.error("unreadable", at, "The file could not be read: " + e.getMessage() + ".",
                    "Check that it exists and that you may read it.");
            return Optional.empty();
        }
    }

    /** The SHA-256 and size of a file inside the site folder, streamed so large reports cost no memory. */
    public Optional<Digest> digest(Path file, Diagnostics diagnostics) {
        if (!inside(file)) {
            diagnostics.error("outside-site", Source.file(display(file)), "The file points outside the site folder.",
                    "Copy the file into the site folder instead of linking to it.");
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int n; (n = in.read(buffer)) > 0; size += n) {
                sha256.update(buffer, 0, n);
            }
            return Optional.of(new Digest(HexFormat.of().formatHex(sha256.digest()), size));
        } catch (IOException e) {
            diagnostics.error("unreadable", Source.file(display(file)), "The file could not be read: " + e.getMessage() + ".",
                    "Check that it exists and that you may read it.");
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    public record Digest(String sha256, long size) {}

    /** The regular files directly in a folder with the given ending, sorted by name; none if the folder is absent. */
    public List<Path> list(Path folder, String ending) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(ending))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
