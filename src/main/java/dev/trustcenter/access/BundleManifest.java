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

    record Nda(String version, String sha256) {}

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
