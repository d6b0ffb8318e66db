package dev.trustcenter.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.List;

/**
 * What a bundle holds once decrypted, as the viewer (assets/viewer.js) reads it. The key names live here only;
 * Jackson writes them in this order, in snake_case.
 */
record BundleManifest(GrantInfo grant, List<File> files) {

    record Recipient(String name, String email, String company) {}

    /** The NDA the grant was issued under, and how it is accepted ({@code viewer}, {@code request}, {@code agreement}). */
    record Nda(String version, String sha256, String accepted, String agreement) {}

    record GrantInfo(String id, String site, String companyName, Recipient recipient, String issued, String expires,
                     Nda nda) {}

    record File(String name, String title, String type, boolean watermarked, String sha256Original, String data) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings always serialize", e);
        }
    }
}
