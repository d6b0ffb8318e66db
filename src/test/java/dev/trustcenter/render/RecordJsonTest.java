package dev.trustcenter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The streaming writer writes what Jackson's ObjectMapper wrote with the same settings, byte for byte. */
class RecordJsonTest {

    enum Tier { HIGH_RISK, MINIMAL }

    record Inner(String name, List<String> tags, Map<String, String> extra) {}

    record Outer(@JsonProperty("$schema") String schema, int schemaVersion, long bigCount, double ratio, boolean ok,
                 String nothing, String empty, List<Inner> inners, List<String> none, Tier tier, BigDecimal amount,
                 URI site, UUID id, @JsonProperty("difc_regulation_10") String difcRegulation10, String aiSystems,
                 String URLValue, String with_underscore, Map<String, Object> mixed) {}

    static Outer sample() {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("z", "last in order");
        extra.put("a", "quote \" backslash \\ newline \n tab \t control \u0001 arabic نص emoji 🙂 </script>");
        Map<String, Object> mixed = new TreeMap<>();
        mixed.put("n", 3);
        mixed.put("list", List.of(1, 2));
        mixed.put("null", null);
        mixed.put("emptyList", List.of());
        return new Outer("https://x/s.json", 1, 9_000_000_000L, 0.1 + 0.2, true, null, "",
                List.of(new Inner("one", List.of("a", "b"), extra), new Inner("two", List.of(), Map.of())), List.of(),
                Tier.HIGH_RISK, new BigDecimal("12.50"), URI.create("https://example.com/a?b=c&d"),
                UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "reg", "ai", "url", "under", mixed);
    }

    static ObjectMapper mapper(PropertyNamingStrategies.NamingBase naming, JsonInclude.Include inclusion, boolean indent) {
        ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(naming).setSerializationInclusion(inclusion);
        return indent ? mapper.enable(SerializationFeature.INDENT_OUTPUT) : mapper;
    }

    @Test
    void writesWhatTheObjectMapperWroteInEveryStyleThePublishedFilesUse() throws Exception {
        Outer sample = sample();
        assertEquals(mapper((PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE,
                        JsonInclude.Include.NON_ABSENT, true).writeValueAsString(sample),
                RecordJson.write(sample, RecordJson.DATA));
        assertEquals(mapper((PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.KEBAB_CASE,
                        JsonInclude.Include.NON_EMPTY, true).writeValueAsString(sample),
                RecordJson.write(sample, new RecordJson.Style(RecordJson.Naming.KEBAB_CASE,
                        RecordJson.Inclusion.NON_EMPTY, true)));
        assertEquals(mapper((PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE,
                        JsonInclude.Include.ALWAYS, false).writeValueAsString(sample),
                RecordJson.write(sample, new RecordJson.Style(RecordJson.Naming.SNAKE_CASE,
                        RecordJson.Inclusion.ALWAYS, false)));
        assertEquals(new ObjectMapper().writeValueAsString(sample),
                RecordJson.write(sample, new RecordJson.Style(RecordJson.Naming.AS_IS, RecordJson.Inclusion.ALWAYS,
                        false)));
        assertEquals(new ObjectMapper().writeValueAsString(sample.mixed()),
                RecordJson.write(sample.mixed(), new RecordJson.Style(RecordJson.Naming.AS_IS,
                        RecordJson.Inclusion.ALWAYS, false)));
    }

    /** Items nested in lists inside objects inside lists, at several depths, some of them equal. */
    record Group(String name, List<Outer> members, List<Inner> inners) {}

    record Groups(List<Group> groups, Group lone) {}

    /**
     * List items taken from a session's kept text read exactly as when written afresh, in every style: the kept text
     * of an item is its text at its own depth, and the generator still writes the separators around it.
     */
    @Test
    void listItemsReusedFromAnEarlierWriteGiveTheSameText() {
        Outer sample = sample();
        Group first = new Group("first", List.of(sample, sample), List.of(new Inner("x", List.of(), Map.of())));
        Group second = new Group("second", List.of(), List.of(sample.inners().get(0)));
        Groups groups = new Groups(List.of(first, second, first), second);
        Map<List<Object>, String> kept = new java.util.HashMap<>();
        List<Object> asked = new java.util.ArrayList<>();
        RecordJson.Fragments fragments = (record, nesting, style, write) -> {
            asked.add(record);
            List<Object> key = List.of(record, nesting, style);
            String text = kept.get(key);
            if (text == null) {
                // Written outside the lookup: writing an item asks for the items inside it.
                text = write.get();
                kept.put(key, text);
            }
            return text;
        };
        for (RecordJson.Style style : List.of(RecordJson.DATA, new RecordJson.Style(RecordJson.Naming.KEBAB_CASE,
                RecordJson.Inclusion.NON_EMPTY, true), new RecordJson.Style(RecordJson.Naming.AS_IS,
                RecordJson.Inclusion.ALWAYS, false))) {
            String fresh = RecordJson.write(groups, style);
            assertEquals(fresh, RecordJson.write(groups, style, fragments), "written through fragments: " + style);
            int keptBefore = kept.size();
            assertEquals(fresh, RecordJson.write(groups, style, fragments), "reused from fragments: " + style);
            assertEquals(keptBefore, kept.size(), "the second write reuses every item");
        }
        assertTrue(asked.contains(first) && asked.contains(sample.inners().get(0)));
    }

    @Test
    void aValueWithNoJsonFormIsAnErrorNotAGuess() {
        assertThrows(IllegalArgumentException.class, () -> RecordJson.write(new Object(), RecordJson.DATA));
    }
}
