package dev.trustcenter.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The built-in framework catalogue as data: {@code frameworks.yaml} (which people edit and review) written as
 * {@code frameworks.json} when the jar is built ({@code mvn process-classes}), so a build reads it with no YAML
 * scanning, which cost a cold build a tenth of a second. The same tree, scalar types and text: the same readers read
 * either, and a test holds the two catalogues equal.
 *
 * <pre>java -cp target/classes dev.trustcenter.content.CatalogueData src/main/resources/frameworks.yaml OUT.json</pre>
 */
public final class CatalogueData {

    private CatalogueData() {}

    public static void main(String[] args) throws IOException {
        String yaml = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[1]), json(yaml), StandardCharsets.UTF_8);
    }

    /** The YAML text's tree as JSON; a catalogue that does not parse stops the jar's build. */
    static String json(String yaml) throws IOException {
        YamlTree.Result result = new YamlTree().parse(yaml, "frameworks.yaml", 0);
        if (result.error().isPresent() || result.root().isEmpty()) {
            throw new IOException("the built-in catalogue does not parse: " + result.error().map(Object::toString)
                    .orElse("it is empty"));
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            write(json, result.root().get());
        }
        return out + "\n";
    }

    private static void write(JsonGenerator json, YamlNode node) throws IOException {
        if (node instanceof YamlNode.Mapping mapping) {
            json.writeStartObject();
            for (YamlNode.Field field : mapping.fields().values()) {
                json.writeFieldName(field.key());
                write(json, field.value());
            }
            json.writeEndObject();
        } else if (node instanceof YamlNode.Sequence sequence) {
            json.writeStartArray();
            for (YamlNode item : sequence.items()) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (node instanceof YamlNode.Scalar scalar) {
            switch (scalar.type()) {
                case STRING -> json.writeString(scalar.text());
                case INTEGER, DECIMAL -> json.writeNumber(scalar.text());
                case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(scalar.text()));
                case NULL -> json.writeNull();
            }
        }
    }
}
