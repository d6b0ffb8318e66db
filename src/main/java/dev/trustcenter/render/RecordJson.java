package dev.trustcenter.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The published JSON files, written with Jackson's streaming generator from the view records, with no data-binding
 * layer to build (introspecting each record type cost a cold build a tenth of its time). It writes exactly what
 * Jackson's ObjectMapper wrote with the same settings: record components in declaration order, named by the
 * style's naming strategy or their {@code @JsonProperty}, Jackson's default pretty printer when indented, maps in
 * their own order, enums by name. A value of any other type is a programming error, reported at once.
 */
public final class RecordJson {

    /** How properties are named. */
    public enum Naming {
        AS_IS(UnaryOperator.identity()),
        SNAKE_CASE(new PropertyNamingStrategies.SnakeCaseStrategy()::translate),
        KEBAB_CASE(new PropertyNamingStrategies.KebabCaseStrategy()::translate);

        private final UnaryOperator<String> translate;

        Naming(UnaryOperator<String> translate) {
            this.translate = translate;
        }
    }

    /** Which properties are left out: none, null ones, or null and empty ones (strings, lists, maps). */
    public enum Inclusion { ALWAYS, NON_ABSENT, NON_EMPTY }

    /** One file format's settings. */
    public record Style(Naming naming, Inclusion inclusion, boolean indent) {}

    /** trust.json and the other published data files: snake_case, no nulls, indented. */
    public static final Style DATA = new Style(Naming.SNAKE_CASE, Inclusion.NON_ABSENT, true);

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Each record type's components and their JSON names, by naming: derived from the class, once per class. */
    private static final ClassValue<Map<Naming, List<Property>>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<Naming, List<Property>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private record Property(String name, RecordComponent component) {}

    /**
     * The text of records that are items of a list, kept from one build of a session to the next: a large file
     * (trust.json lists every policy and subprocessor) is then written again only where its records changed.
     */
    @FunctionalInterface
    public interface Fragments {
        /** Writes none: every record is written afresh. */
        Fragments NONE = (record, nesting, style, write) -> write.get();

        /**
         * The text {@code write} makes of {@code record}, or the text it made before of an equal record at the same
         * depth (the number of objects around it, which sets its indentation) in the same style.
         */
        String text(Record record, int nesting, Style style, Supplier<String> write);
    }

    /** Jackson's default pretty printer, starting at a given depth, so a record written alone reads as in place. */
    private static final class Printer extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Printer(int nesting) {
            _nesting = nesting;
        }

        int nesting() {
            return _nesting;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Printer(_nesting);
        }
    }

    private record Writer(JsonGenerator json, Style style, Fragments fragments, Printer printer) {
        int nesting() {
            return printer == null ? 0 : printer.nesting();
        }
    }

    private RecordJson() {}

    public static String write(Object value, Style style) {
        return write(value, style, Fragments.NONE);
    }

    /** As {@link #write(Object, Style)}, taking the text of unchanged list items from {@code fragments}. */
    public static String write(Object value, Style style, Fragments fragments) {
        return write(value, style, fragments, 0);
    }

    private static String write(Object value, Style style, Fragments fragments, int nesting) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            Printer printer = null;
            if (style.indent()) {
                printer = new Printer(nesting);
                json.setPrettyPrinter(printer);
            }
            value(new Writer(json, style, fragments, printer), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void value(Writer writer, Object value) throws IOException {
        JsonGenerator json = writer.json();
        Style style = writer.style();
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof Float number) {
            json.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            json.writeNumber(number);
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else if (value instanceof URI || value instanceof UUID) {
            json.writeString(value.toString());
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                if (item instanceof Record record && writer.fragments() != Fragments.NONE) {
                    // Written alone at this depth, a record's text is what it would be in place; the generator
                    // still writes the separator and indentation before it.
                    int nesting = writer.nesting();
                    json.writeRawValue(writer.fragments().text(record, nesting, style,
                            () -> write(record, style, writer.fragments(), nesting)));
                } else {
                    value(writer, item);
                }
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (included(entry.getValue(), style.inclusion())) {
                    json.writeFieldName(String.valueOf(entry.getKey()));
                    value(writer, entry.getValue());
                }
            }
            json.writeEndObject();
        } else if (value instanceof Record record) {
            json.writeStartObject();
            for (Property property : properties(record.getClass(), style.naming())) {
                Object component = read(record, property.component());
                if (included(component, style.inclusion())) {
                    json.writeFieldName(property.name());
                    value(writer, component);
                }
            }
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static boolean included(Object value, Inclusion inclusion) {
        return switch (inclusion) {
            case ALWAYS -> true;
            case NON_ABSENT -> value != null && !(value instanceof Optional<?> o && o.isEmpty());
            case NON_EMPTY -> value != null && !(value instanceof Optional<?> o && o.isEmpty())
                    && !(value instanceof String s && s.isEmpty()) && !(value instanceof Collection<?> c && c.isEmpty())
                    && !(value instanceof Map<?, ?> m && m.isEmpty());
        };
    }

    private static List<Property> properties(Class<?> type, Naming naming) {
        return PROPERTIES.get(type).computeIfAbsent(naming, n -> {
            RecordComponent[] components = type.getRecordComponents();
            Property[] properties = new Property[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                component.getAccessor().setAccessible(true);
                // @JsonProperty does not target record components: Java carries it to the accessor.
                JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
                String name = renamed != null && !renamed.value().isEmpty() ? renamed.value()
                        : naming.translate.apply(component.getName());
                properties[i] = new Property(name, component);
            }
            return List.of(properties);
        });
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
