package dev.trustcenter.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustcenter.access.BundleCrypto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens a grant's bundle as the viewer does: with the key from the link that `grant` printed. */
final class GrantBundles {

    static final Pattern LINK = Pattern.compile("/access/([A-Za-z0-9_-]+)/#([A-Za-z0-9_-]+)");

    private GrantBundles() {}

    /** The bundle's files, by name, decrypted; {@code output} is what `grant` printed. */
    static Map<String, byte[]> open(String output, Path siteRoot) throws Exception {
        Matcher m = LINK.matcher(output);
        if (!m.find()) {
            throw new AssertionError("no link in: " + output);
        }
        byte[] sealed = Files.readAllBytes(siteRoot.resolve("grants/" + m.group(1) + ".bundle"));
        JsonNode manifest = new ObjectMapper().readTree(BundleCrypto.open(sealed, BundleCrypto.decode(m.group(2))));
        Map<String, byte[]> files = new TreeMap<>();
        for (JsonNode file : manifest.get("files")) {
            files.put(file.get("name").asText(), Base64.getDecoder().decode(file.get("data").asText()));
        }
        return files;
    }
}
