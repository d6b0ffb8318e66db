package dev.trustcenter.diagnostics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/** Findings as a stable JSON array of {file, line, column, severity, rule, message, hint}. */
public final class DiagnosticsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagnosticsJson() {}

    public static String write(List<Diagnostic> diagnostics) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Diagnostic d : diagnostics) {
            ObjectNode node = array.addObject();
            node.put("file", d.source().file());
            node.put("line", d.source().line());
            node.put("column", d.source().column());
            node.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
            node.put("rule", d.rule());
            node.put("message", d.message());
            if (d.hint() == null) {
                node.putNull("hint");
            } else {
                node.put("hint", d.hint());
            }
        }
        try {
            return MAPPER.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }
}
