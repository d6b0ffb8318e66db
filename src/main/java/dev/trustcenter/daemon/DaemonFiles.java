package dev.trustcenter.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where resident build processes say how to reach them: one file per identity, {@code FOLDER/KEY}, holding
 * "PORT TOKEN PID" and readable by its user alone, in a folder only that user may enter. The folder is
 * {@code $TRUSTCENTER_DAEMON_DIR}, else {@code ~/.trustcenter/daemon}.
 */
public record DaemonFiles(Path folder) {

    public static final String FOLDER_VARIABLE = "TRUSTCENTER_DAEMON_DIR";
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    /** How to reach one resident build process. */
    public record Address(int port, String token, long pid) {}

    public static DaemonFiles of(Map<String, String> environment) {
        String folder = environment.get(FOLDER_VARIABLE);
        return new DaemonFiles(folder != null && !folder.isBlank() ? Path.of(folder)
                : Path.of(System.getProperty("user.home"), ".trustcenter", "daemon"));
    }

    public Path address(DaemonIdentity identity) {
        return folder.resolve(identity.key());
    }

    /** The daemon's log, readable by its user alone: it names the sites built. */
    public Path log(DaemonIdentity identity) throws IOException {
        Path log = folder.resolve(identity.key() + ".log");
        if (!Files.exists(log, LinkOption.NOFOLLOW_LINKS)) {
            Files.createFile(log, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        }
        return log;
    }

    /** The address a running process left, if any; a file another user could have written is not believed. */
    public Optional<Address> read(DaemonIdentity identity) {
        return read(address(identity));
    }

    /** Every address file in the folder: the daemons of every jar and JVM this user has started. */
    public List<Address> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("[0-9a-f]{16}")).sorted()
                    .map(this::read).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Optional<Address> read(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !ownerOnly(file, OWNER_ONLY_FILE)) {
                return Optional.empty();
            }
            String[] fields = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            return fields.length == 3 ? Optional.of(new Address(Integer.parseInt(fields[0]), fields[1],
                    Long.parseLong(fields[2]))) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes the address, readable by this user alone, replacing the file at once so no client reads half of it. */
    void write(DaemonIdentity identity, Address address) throws IOException {
        prepareFolder();
        Path file = address(identity);
        Path temporary = Files.createTempFile(folder, identity.key(), ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        Files.writeString(temporary, address.port() + " " + address.token() + " " + address.pid() + "\n",
                StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the address, unless another process has written its own there since. */
    void remove(DaemonIdentity identity, Address own) {
        if (read(identity).filter(own::equals).isPresent()) {
            try {
                Files.deleteIfExists(address(identity));
            } catch (IOException ignored) {
                // A stale address is harmless: clients that cannot connect run in process.
            }
        }
    }

    /** Creates the folder for this user alone, or refuses one that others may enter. */
    public void prepareFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        }
        if (!ownerOnly(folder, OWNER_ONLY_FOLDER)) {
            throw new IOException(folder + " may be read by other users; make it yours alone (chmod 700 " + folder
                    + ") or choose another folder with " + FOLDER_VARIABLE + ".");
        }
    }

    private static boolean ownerOnly(Path path, Set<PosixFilePermission> allowed) throws IOException {
        String owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
        return owner.equals(System.getProperty("user.name"))
                && allowed.containsAll(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}
