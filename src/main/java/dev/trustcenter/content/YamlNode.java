package dev.trustcenter.content;

import dev.trustcenter.model.Source;
import java.util.List;
import java.util.Map;

/** A YAML value as Jackson read it, with the place every key and value came from. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Source source();

    /** What a user would call this kind of value, for messages. */
    String describe();

    record Mapping(Source source, Map<String, Field> fields) implements YamlNode {
        @Override
        public String describe() {
            return "a set of keys";
        }
    }

    record Field(String key, Source keySource, YamlNode value) {}

    record Sequence(Source source, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    enum ScalarType { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /** A scalar keeps the text as written, so `version: 4.10` stays "4.10". */
    record Scalar(Source source, String text, ScalarType type) implements YamlNode {
        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "the text \"" + text + "\"";
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN -> "the value " + text;
                case NULL -> "an empty value";
            };
        }
    }
}
