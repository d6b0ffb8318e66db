package dev.trustcenter.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.trustcenter.model.Grant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Writes grants/ledger.yaml, the audit trail of who received what under which NDA. Entries are only appended or
 * marked revoked, never removed; the file is replaced in one move so a crash cannot leave it half written.
 */
public final class Ledger {

    static final String HEADER = """
            # trustcenter grants ledger: who received which confidential documents, under which NDA, until when.
            # Written by "trustcenter grant" and "trustcenter revoke". It names recipients: commit it only to a
            # private repository. The keys that open the bundles are in no file.
            """;

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private final Path file;

    public Ledger(Path siteRoot) {
        this.file = siteRoot.resolve("grants/ledger.yaml");
    }

    public Path file() {
        return file;
    }

    public void append(Grant grant) throws IOException {
        ArrayNode grants = read();
        ObjectNode node = grants.addObject();
        node.put("id", grant.id());
        ObjectNode recipient = node.putObject("recipient");
        recipient.put("name", grant.recipientName());
        recipient.put("email", grant.recipientEmail());
        node.put("company", grant.company());
        ArrayNode documents = node.putArray("documents");
        for (Grant.GrantedDocument d : grant.documents()) {
            documents.addObject().put("id", d.id()).put("title", d.title()).put("file", d.file()).put("sha256", d.sha256());
        }
        node.putObject("nda").put("version", grant.ndaVersion()).put("sha256", grant.ndaSha256());
        node.put("issued", grant.issued().toString());
        node.put("expires", grant.expires().toString());
        node.put("issued_by", grant.issuedBy());
        grant.note().ifPresent(n -> node.put("note", n));
        write(grants);
    }

    /** Marks a grant revoked as of {@code day}; empty if the ledger has no such grant. */
    public Optional<String> revoke(String id, LocalDate day) throws IOException {
        ArrayNode grants = read();
        for (JsonNode node : grants) {
            if (node.path("id").asText().equals(id)) {
                if (!node.has("revoked")) {
                    ((ObjectNode) node).put("revoked", day.toString());
                    write(grants);
                }
                return Optional.of(node.path("recipient").path("name").asText());
            }
        }
        return Optional.empty();
    }

    private ArrayNode read() throws IOException {
        if (!Files.exists(file)) {
            return YAML.createArrayNode();
        }
        JsonNode tree = YAML.readTree(file.toFile());
        return tree instanceof ArrayNode array ? array : YAML.createArrayNode();
    }

    private void write(ArrayNode grants) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".ledger", ".yaml");
        Files.writeString(temporary, HEADER + YAML.writeValueAsString(grants), StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
