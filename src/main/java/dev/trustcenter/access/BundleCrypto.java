package dev.trustcenter.access;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with the JDK's javax.crypto: a fresh random key per grant and a random 96-bit nonce per message.
 * The sealed form is nonce || ciphertext || 128-bit tag, which WebCrypto's AES-GCM decrypts as is.
 */
public final class BundleCrypto {

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BundleCrypto() {}

    public static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides AES", e);
        }
    }

    public static byte[] seal(byte[] plaintext, SecretKey key) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption with a valid key cannot fail", e);
        }
    }

    /** @throws GeneralSecurityException for a wrong key or tampered bytes */
    public static byte[] open(byte[] sealed, SecretKey key) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    /** The key as it travels in a link's fragment: base64url without padding. */
    public static String encode(SecretKey key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getEncoded());
    }

    public static SecretKey decode(String key) {
        return new SecretKeySpec(Base64.getUrlDecoder().decode(key), "AES");
    }

    /**
     * A grant id: 72 random bits in base64url, unguessable and short enough for a URL. It never starts with "-" or
     * "_", so it can be typed after a command without being read as an option.
     */
    public static String newId() {
        byte[] bytes = new byte[9];
        String id;
        do {
            RANDOM.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (!Character.isLetterOrDigit(id.charAt(0)));
        return id;
    }
}
