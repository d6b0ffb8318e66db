package dev.trustcenter.publish;

import dev.trustcenter.render.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The write stage. Files go to a fresh folder beside the output, which then replaces the output in two renames.
 * Until the new folder is complete the previous output is not touched, so a failed or interrupted build leaves it
 * exactly as it was. The rules:
 * <ul>
 *   <li>An existing output folder is replaced only if it is empty or carries the marker file a build writes
 *       ({@value #MARKER}); a folder of other files is never deleted.</li>
 *   <li>Folders and files are created with the user's umask (0755 and 0644 with the usual 022), as {@code cp}
 *       does, so a web server running as another user can read them.</li>
 *   <li>An output that is a symbolic link is written through the link: the folder it points to is replaced and
 *       the link stays.</li>
 *   <li>On Ctrl-C the staging folder is removed before the process exits (with 130), and any staging folder left
 *       by a killed build is removed by the next one. A build whose thread is interrupted (the build daemon's client
 *       went away) stops the same way, before the output is replaced.</li>
 * </ul>
 */
public final class SiteWriter {

    /** Written into every output; its presence is what allows the next build to replace the folder. */
    public static final String MARKER = ".trustcenter-output";

    static final String MARKER_TEXT = "This folder is written by \"trustcenter build\", which replaces it whole.\n"
            + "Keep files of your own elsewhere: a build deletes them.\n";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SiteWriter() {}

    /** The output folder holds files trustcenter did not write; nothing was changed. */
    public static final class NotOurs extends IOException {
        public NotOurs(String message) {
            super(message);
        }
    }

    /** The build was interrupted (Ctrl-C) while writing; the staging folder is gone and the output untouched. */
    public static final class Interrupted extends IOException {
        Interrupted() {
            super("interrupted");
        }
    }

    public static void write(List<OutputFile> files, Path output) throws IOException {
        Path target = writeThroughLink(output.toAbsolutePath().normalize());
        checkReplaceable(target);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        cleanLeftovers(target);
        Path staging = parent.resolve(staged(target, "new"));
        Files.createDirectory(staging);
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread guard = new Thread(() -> {
            cancelled.set(true);
            try {
                if (!finished.await(10, TimeUnit.SECONDS)) {
                    deleteTree(staging);
                }
            } catch (InterruptedException | IOException e) {
                // The process is ending; the next build removes whatever is left.
            }
        }, "trustcenter-interrupt");
        Runtime.getRuntime().addShutdownHook(guard);
        try {
            try {
                for (OutputFile file : files) {
                    // Ctrl-C in this process, or the build daemon's client gone (it interrupts the build's thread).
                    if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                        throw new Interrupted();
                    }
                    Path destination = staging.resolve(file.path());
                    Files.createDirectories(destination.getParent());
                    try (OutputStream out = Files.newOutputStream(destination)) {
                        out.write(file.bytes());
                    }
                }
                Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
                if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                    throw new Interrupted();
                }
            } catch (IOException | RuntimeException e) {
                deleteTree(staging);
                throw e;
            }
            swap(staging, target);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(guard);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running and now returns.
            }
        }
    }

    /** Where to write: the folder a symbolic link points to, so the link itself stays. */
    static Path writeThroughLink(Path output) throws IOException {
        if (Files.isSymbolicLink(output)) {
            Path linked = output.getParent().resolve(Files.readSymbolicLink(output)).normalize();
            return Files.exists(linked) ? output.toRealPath() : linked;
        }
        return output;
    }

    /** Refuses to replace a folder that trustcenter did not write. */
    static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new NotOurs(target + " is a file, not a folder; choose a folder for the output.");
        }
        if (Files.exists(target.resolve(MARKER)) || isEmpty(target) || writtenBeforeMarker(target)) {
            return;
        }
        throw new NotOurs("The output folder " + target + " already holds files that trustcenter did not write. "
                + "A build replaces its output folder whole, so it would delete them. Choose a new or empty folder "
                + "(-o DIR or site.output), or empty this one first.");
    }

    /** Sites built before the marker existed: their output has trust.schema.json and _headers at the top. */
    private static boolean writtenBeforeMarker(Path target) {
        return Files.isRegularFile(target.resolve("trust.schema.json")) && Files.isRegularFile(target.resolve("_headers"));
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    /** A sibling name for staging: ".public.new-3f2a…". */
    private static String staged(Path target, String kind) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return prefix(target, kind) + HexFormat.of().formatHex(random);
    }

    private static String prefix(Path target, String kind) {
        return "." + target.getFileName() + "." + kind + "-";
    }

    /**
     * Removes what an earlier build left when it was killed: staging folders, and old outputs whose replacement
     * had already moved in. Should the output be missing with an old one beside it, the old one is put back.
     */
    static void cleanLeftovers(Path target) throws IOException {
        Path parent = target.getParent();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent,
                p -> p.getFileName().toString().startsWith(prefix(target, "new"))
                        || p.getFileName().toString().startsWith(prefix(target, "old")))) {
            for (Path leftover : siblings) {
                boolean old = leftover.getFileName().toString().startsWith(prefix(target, "old"));
                if (old && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    move(leftover, target);
                } else {
                    deleteTree(leftover);
                }
            }
        }
    }

    /** Moves the new folder into place, then deletes the old one. */
    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = target.getParent().resolve(staged(target, "old"));
            move(target, old);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            deleteTree(staging);
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
