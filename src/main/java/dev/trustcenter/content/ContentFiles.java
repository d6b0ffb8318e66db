package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Blob;
import dev.trustcenter.model.SiteLayout;
import dev.trustcenter.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.Locale;

/**
 * The site folder on disk. Every file a build or a command reads goes through here: strictly as UTF-8 for text,
 * never larger than {@link #MAX_BYTES}, and only from the area it belongs to. A file that is published (content,
 * public documents, assets, theme files) must resolve, through any symbolic link, to a place inside the site
 * folder and outside private/ and grants/; a gated original must resolve inside private/, a bundle inside grants/.
 * So a link such as {@code content/assets/report.pdf -> ../../private/report.pdf} is refused, never published.
 */
public final class ContentFiles {

    /** Larger than any real content file, asset or bundle; larger input is a mistake or an attack. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    /** What a file may be used for, and so where it may really live. */
    public enum Area {
        /** Published, or shown on pages: must stay inside the site and out of private/ and grants/. */
        PUBLISHED,
        /** A gated original: must stay inside private/. */
        PRIVATE,
        /** An encrypted bundle or the grants ledger: must stay inside grants/. */
        GRANTS
    }

    private final SiteLayout layout;
    private final Path realRoot;
    private final List<Path> realConfidential;
    private final Optional<LoadCache> cache;

    /** What a cached reading of a file's bytes or digest was made for: its area is checked at reading. */
    private record Reading(String what, Area area) {}

    public ContentFiles(SiteLayout layout) {
        this(layout, Optional.empty());
    }

    /**
     * @param cache a session's readings: a file's bytes and digest are then read again only when its stamp changed
     *              (or its watcher reported it), not at every rebuild of `serve`
     */
    ContentFiles(SiteLayout layout, Optional<LoadCache> cache) {
        this.layout = layout;
        this.cache = cache;
        try {
            this.realRoot = layout.root().toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> confidential = new ArrayList<>();
        for (Path folder : layout.confidentialFolders()) {
            confidential.add(folder);
            real(folder).ifPresent(confidential::add);
        }
        this.realConfidential = List.copyOf(confidential);
    }

    public SiteLayout layout() {
        return layout;
    }

    public Path root() {
        return layout.root();
    }

    public Path resolve(String relative) {
        return layout.root().resolve(relative).normalize();
    }

    /** The name a user sees in messages: relative to the site folder, with forward slashes. */
    public String display(Path file) {
        return layout.display(file);
    }

    public boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    /** True when the file resolves, through any symbolic link, to a place its area allows. */
    public boolean allowed(Path file, Area area) {
        Optional<Path> real = real(file);
        if (real.isEmpty()) {
            return false;
        }
        Path path = real.get();
        return switch (area) {
            case PUBLISHED -> path.startsWith(realRoot) && realConfidential.stream().noneMatch(path::startsWith);
            case PRIVATE -> real(layout.privateFiles()).map(path::startsWith).orElse(false);
            case GRANTS -> real(layout.grants()).map(path::startsWith).orElse(false);
        };
    }

    /** The text of a published content file, or empty with the problem reported. */
    public Optional<String> readText(Path file, Diagnostics diagnostics) {
        return readBytes(file, Area.PUBLISHED, diagnostics).flatMap(bytes -> decode(bytes, file, diagnostics));
    }

    /** Strict UTF-8, with a byte-order mark dropped. */
    Optional<String> decode(byte[] bytes, Path file, Diagnostics diagnostics) {
        Source at = Source.file(display(file));
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            diagnostics.error("bad-encoding", at, "The file is not valid UTF-8 text.",
                    "Save it as UTF-8 in your editor (\"Save with encoding\" → UTF-8).");
            return Optional.empty();
        }
    }

    /** The bytes of a file of the given area, or empty with the problem reported. */
    public Optional<byte[]> readBytes(Path file, Area area, Diagnostics diagnostics) {
        Source at = Source.file(display(file));
        if (!checked(file, area, at, diagnostics)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            unreadable(at, e, diagnostics);
            return Optional.empty();
        }
    }

    /** The bytes of a file with their SHA-256, read once so the digest always describes the bytes. */
    public Optional<Blob> readBlob(Path file, Area area, Diagnostics diagnostics) {
        Function<Diagnostics, Optional<Blob>> read = d -> readBytes(file, area, d).map(Blob::of);
        return cache.map(c -> c.read(file, new Reading("bytes", area), diagnostics, read))
                .orElseGet(() -> read.apply(diagnostics));
    }

    /** The SHA-256 and size of a file, streamed, for gated originals that are hashed but never published. */
    public Optional<Digest> digest(Path file, Area area, Diagnostics diagnostics) {
        return cache.map(c -> c.read(file, new Reading("digest", area), diagnostics, d -> streamDigest(file, area, d)))
                .orElseGet(() -> streamDigest(file, area, diagnostics));
    }

    private Optional<Digest> streamDigest(Path file, Area area, Diagnostics diagnostics) {
        Source at = Source.file(display(file));
        if (!checked(file, area, at, diagnostics)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha256 = Blob.sha256();
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int n; (n = in.read(buffer)) > 0; size += n) {
                sha256.update(buffer, 0, n);
            }
            return Optional.of(new Digest(HexFormat.of().formatHex(sha256.digest()), size));
        } catch (IOException e) {
            unreadable(at, e, diagnostics);
            return Optional.empty();
        }
    }

    public record Digest(String sha256, long size) {}

    /** True when the file may be read for its area; otherwise the problem is reported. */
    public boolean verify(Path file, Area area, Diagnostics diagnostics) {
        return checked(file, area, Source.file(display(file)), diagnostics);
    }

    /**
     * Every file under a folder that another library reads by itself (Pebble reads a theme's templates): the
     * folder and each file, following links this time, must resolve where a published file may. Each that does not
     * is reported; true when all do.
     */
    public boolean verifyTree(Path folder, Diagnostics diagnostics) {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!allowed(folder, Area.PUBLISHED)) {
            return checked(folder, Area.PUBLISHED, Source.file(display(folder)), diagnostics);
        }
        boolean ok = true;
        try (Stream<Path> walk = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                ok &= verify(file, Area.PUBLISHED, diagnostics);
            }
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error("unreadable", Source.file(display(folder)), "The folder could not be read: "
                    + e.getMessage() + ".", "Check for a link that loops back on itself, and that you may read it.");
            return false;
        }
        return ok;
    }

    /** The area and size checks every read makes first. */
    private boolean checked(Path file, Area area, Source at, Diagnostics diagnostics) {
        if (!allowed(file, area)) {
            String where = switch (area) {
                case PUBLISHED -> "outside the site folder, or into private/ or grants/, whose files are never published";
                case PRIVATE -> "outside private/";
                case GRANTS -> "outside grants/";
            };
            diagnostics.error("outside-site", at, "The file is a link that points " + where + ".",
                    "Replace the link with a copy of the file itself, in the folder it belongs to.");
            return false;
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error("too-large", at, "The file is " + megabytes(size) + " MB, larger than the limit of "
                                + MAX_BYTES / (1024 * 1024) + " MB for any file trustcenter reads or publishes.",
                        "Check that the right file was saved here; compress a large PDF or image.");
                return false;
            }
        } catch (IOException e) {
            unreadable(at, e, diagnostics);
            return false;
        }
        return true;
    }

    static String megabytes(long size) {
        return String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0));
    }

    private static void unreadable(Source at, IOException e, Diagnostics diagnostics) {
        diagnostics.error("unreadable", at, "The file could not be read: " + e.getMessage() + ".",
                "Check that it exists and that you may read it.");
    }

    private static Optional<Path> real(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

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

    /**
     * Every file under a folder (a link to a file counts; linked folders are not entered), as names relative to
     * it with forward slashes, sorted; dot-files are skipped. None if the folder is absent.
     */
    public List<String> walk(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
