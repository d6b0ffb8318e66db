package dev.trustcenter.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class BundleCryptoTest {

    @Test
    void sealsAndOpensWithTheSameKeyAndAFreshNonceEachTime() throws Exception {
        SecretKey key = BundleCrypto.newKey();
        byte[] text = "confidential".getBytes(StandardCharsets.UTF_8);
        byte[] a = BundleCrypto.seal(text, key);
        byte[] b = BundleCrypto.seal(text, key);
        assertNotEquals(new String(a, StandardCharsets.ISO_8859_1), new String(b, StandardCharsets.ISO_8859_1));
        assertEquals(12 + text.length + 16, a.length, "nonce, ciphertext and a 128-bit tag");
        assertArrayEquals(text, BundleCrypto.open(a, BundleCrypto.decode(BundleCrypto.encode(key))));
        assertEquals(32, key.getEncoded().length, "AES-256");
        assertEquals(43, BundleCrypto.encode(key).length(), "base64url without padding");
    }

    @Test
    void aWrongKeyOrATamperedBundleIsRejected() {
        byte[] sealed = BundleCrypto.seal("x".getBytes(StandardCharsets.UTF_8), BundleCrypto.newKey());
        assertThrows(GeneralSecurityException.class, () -> BundleCrypto.open(sealed, BundleCrypto.newKey()));
    }

    @Test
    void grantIdsAreUniqueUrlSafeAndNeverLookLikeAnOption() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            String id = BundleCrypto.newId();
            assertTrue(id.matches("[A-Za-z0-9][A-Za-z0-9_-]{11}"), id);
            assertTrue(ids.add(id));
        }
    }
}
