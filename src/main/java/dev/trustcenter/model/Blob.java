package dev.trustcenter.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of a file as loaded, with their SHA-256. Render publishes these bytes and shows this digest, so the
 * two always agree, even when the file changes on disk during a build. Equal when the digests are equal.
 */
public final class Blob {

    private final byte[] bytes;
    private final String sha256;

    private Blob(byte[] bytes, String sha256) {
        this.bytes = bytes;
        this.sha256 = sha256;
    }

    public static Blob of(byte[] bytes) {
        return new Blob(bytes.clone(), HexFormat.of().formatHex(sha256().digest(bytes)));
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public String sha256Hex() {
        return sha256;
    }

    public long size() {
        return bytes.length;
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Blob blob && blob.sha256.equals(sha256);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "Blob[sha256=" + sha256 + ", size=" + bytes.length + "]";
    }
}
