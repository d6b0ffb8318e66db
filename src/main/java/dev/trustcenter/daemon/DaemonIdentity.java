package dev.trustcenter.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Which resident build process a client may use: the same user, the same jar (path, size and modification time) and
 * the same JVM (its home, and the size and modification time of its module image, which an upgrade replaces).
 * bin/trustcenter writes the same line with stat(1), so the shell client finds its daemon without starting a JVM:
 * {@code user=alice jar=/opt/tc/target/trustcenter.jar 9123456 1763900000 java=/usr/lib/jvm/java-17 141234567 1760000000}.
 */
public record DaemonIdentity(String text) {

    /** This process's identity: its user, the jar (or class folder) it runs from, and its JVM. */
    public static DaemonIdentity current() {
        try {
            Path jar = Path.of(DaemonIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return of(System.getProperty("user.name"), jar, Path.of(System.getProperty("java.home")));
        } catch (java.net.URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot tell which jar and JVM this is: " + e.getMessage(), e);
        }
    }

    public static DaemonIdentity of(String user, Path jar, Path javaHome) throws IOException {
        Path realJar = jar.toRealPath();
        Path realHome = javaHome.toRealPath();
        return new DaemonIdentity("user=" + user + " jar=" + realJar + " " + stat(realJar) + " java=" + realHome + " "
                + stat(realHome.resolve("lib/modules")));
    }

    /** As {@code stat -c '%s %Y'}: size in bytes and modification time in whole seconds; "0 0" when missing. */
    private static String stat(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "0 0";
        }
        return Files.size(file) + " " + Files.getLastModifiedTime(file).to(TimeUnit.SECONDS);
    }

    /** The name of this identity's address file: the first 16 hex digits of the SHA-256 of its line. */
    public String key() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
