package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas shipped for editors agree with the loader. For every YAML file of every corpus case, the
 * schema rejects the file exactly when the loader reports a problem of the file's own shape (an unknown key, a
 * wrong type, a missing fact, a bad date, country, email or URL). Problems that need other files or the disk
 * (duplicate ids across entries, missing files, broken references) are beyond a schema, and the loader alone
 * catches them.
 */
class SchemaAgreementTest {

    static final Map<String, String> SCHEMAS = Map.of(
            "site-config.yaml", "site-config.schema.json",
            "content/compliance.yaml", "compliance.schema.json",
            "content/subprocessors.yaml", "subprocessors.schema.json",
            "content/documents.yaml", "documents.schema.json",
            "content/faq.yaml", "faq.schema.json",
            "content/controls.yaml", "controls.schema.json",
            "content/ai-systems.yaml", "ai-systems.schema.json");

    static final Set<String> SHAPE_RULES = Set.of("unknown-key", "wrong-type", "missing-key", "bad-date", "bad-country",
            "bad-email", "bad-url", "bad-value", "bad-id", "missing-fact", "difc-dpo-required", "yaml-syntax", "empty-file",
            "bad-path", "control-untested", "control-target-missing", "control-reason-missing", "soa-reason-missing",
            "ai-training-policy-missing", "ai-opt-out-how-missing", "ai-human-oversight-missing", "ai-annex-missing",
            "ai-prohibited", "bad-ref", "duplicate-value");

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    static JsonSchema schema(String name) {
        try (InputStream in = SchemaAgreementTest.class.getResourceAsStream("/schemas/" + name)) {
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The file as the loader's own YAML reader sees it; an empty value counts as absent, as the loader treats it. */
    static Optional<JsonNode> json(String text, String file) {
        YamlTree.Result result = new YamlTree().parse(text, file, 0);
        return result.error().isPresent() ? Optional.empty() : Optional.of(result.root().map(SchemaAgreementTest::json)
                .orElse(JsonNodeFactory.instance.nullNode()));
    }

    static JsonNode json(YamlNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof YamlNode.Mapping m) {
            ObjectNode object = f.objectNode();
            m.fields().forEach((key, field) -> {
                JsonNode value = json(field.value());
                if (!value.isNull()) {
                    object.set(key, value);
                }
            });
            return object;
        }
        if (node instanceof YamlNode.Sequence s) {
            ArrayNode array = f.arrayNode();
            s.items().forEach(item -> array.add(json(item)));
            return array;
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        return switch (scalar.type()) {
            case STRING -> f.textNode(scalar.text());
            case INTEGER -> f.numberNode(new java.math.BigInteger(scalar.text().replace("_", "")));
            case DECIMAL -> f.numberNode(new java.math.BigDecimal(scalar.text()));
            case BOOLEAN -> f.booleanNode(Boolean.parseBoolean(scalar.text().toLowerCase(Locale.ROOT)));
            case NULL -> f.nullNode();
        };
    }

    static Set<ValidationMessage> validate(String file, String text) {
        Optional<JsonNode> node = json(text, file);
        if (node.isEmpty()) {
            return Set.of(ValidationMessage.builder().message("not YAML").build());
        }
        return schema(schemaOf(file).orElseThrow()).validate(node.get());
    }

    /** The schema of a content file: by its path, or the answer library's for any file under content/answers/. */
    static Optional<String> schemaOf(String file) {
        if (file.startsWith("content/answers/") && file.endsWith(".yaml") && file.indexOf('/', 16) < 0) {
            return Optional.of("answers.schema.json");
        }
        return Optional.ofNullable(SCHEMAS.get(file));
    }

    /** Every file of the example that has a schema. */
    static Map<String, String> exampleFiles() throws IOException {
        Map<String, String> files = new java.util.TreeMap<>(SCHEMAS);
        try (var list = Files.list(Path.of("content/answers"))) {
            list.map(p -> "content/answers/" + p.getFileName()).filter(f -> f.endsWith(".yaml"))
                    .forEach(f -> files.put(f, "answers.schema.json"));
        }
        return files;
    }

    static Stream<String> cases() throws IOException {
        return InvalidInputCorpusTest.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void schemaAndLoaderAgreeOnEveryYamlFileOfTheCorpus(String name) throws IOException {
        Path dir = InvalidInputCorpusTest.CORPUS.resolve(name);
        Map<String, String> files = new java.util.LinkedHashMap<>(dev.trustcenter.TestSite.parseSections(
                dev.trustcenter.TestSite.MINIMAL));
        files.putAll(dev.trustcenter.TestSite.parseSections(Files.readString(dir.resolve("input.txt"))));
        JsonNode findings = new ObjectMapper().readTree(Files.readString(dir.resolve("expected.json")));
        for (var file : files.entrySet()) {
            if (schemaOf(file.getKey()).isEmpty()) {
                continue;
            }
            boolean loaderRejects = false;
            List<String> loaderSays = new ArrayList<>();
            for (JsonNode finding : findings) {
                if (finding.get("file").asText().equals(file.getKey()) && finding.get("severity").asText().equals("error")
                        && SHAPE_RULES.contains(finding.get("rule").asText())) {
                    loaderRejects = true;
                    loaderSays.add(finding.get("message").asText());
                }
            }
            Set<ValidationMessage> schemaSays = validate(file.getKey(), file.getValue());
            assertEquals(loaderRejects, !schemaSays.isEmpty(), name + " / " + file.getKey() + ": loader says "
                    + loaderSays + ", schema says " + schemaSays);
        }
    }

    @Test
    void theExampleSiteIsValidAgainstEverySchema() throws IOException {
        assertTrue(exampleFiles().size() > SCHEMAS.size(), "the example's answer files are checked too");
        for (var entry : exampleFiles().entrySet()) {
            Path file = Path.of(entry.getKey());
            assertEquals(Set.of(), validate(entry.getKey(), Files.readString(file)), entry.getKey());
        }
    }

    @Test
    void theExampleFilesPointEditorsAtTheirSchema() throws IOException {
        for (var entry : exampleFiles().entrySet()) {
            String first = Files.readString(Path.of(entry.getKey())).lines().findFirst().orElse("");
            assertTrue(first.startsWith("# yaml-language-server: $schema=") && first.endsWith("schemas/" + entry.getValue()),
                    entry.getKey() + " starts with " + first);
        }
    }

    @Test
    void theCountryListIsTheOneTheLoaderUses() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("schemas/subprocessors.schema.json")));
        Set<String> codes = new TreeSet<>();
        schema.at("/$defs/country/enum").forEach(c -> codes.add(c.asText()));
        assertEquals(new TreeSet<>(Set.of(Locale.getISOCountries())), codes);
    }
}
