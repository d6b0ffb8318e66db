package dev.trustcenter.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every rule id the code can emit is in the rules table of docs/content-format.md, so users can look it up. */
class RulesDocumentedTest {

    static final Pattern EMITTED = Pattern.compile(
            "\\.(?:error|warning)\\(\\s*\"([a-z0-9-]+)\"|new Diagnostic\\(Severity\\.[A-Z]+, \"([a-z0-9-]+)\"");

    static Set<String> emitted() throws IOException {
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = EMITTED.matcher(Files.readString(file));
                while (m.find()) {
                    rules.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return rules;
    }

    @Test
    void everyEmittedRuleIsInTheRulesTable() throws IOException {
        String docs = Files.readString(Path.of("docs/content-format.md"));
        String table = docs.substring(docs.indexOf("## Rules"));
        Set<String> rules = emitted();
        assertTrue(rules.size() > 40, rules.toString());
        List<String> missing = rules.stream().filter(r -> !table.contains("`" + r + "`")).toList();
        assertEquals(List.of(), missing, "rule ids the code emits but docs/content-format.md#rules does not list");
    }
}
