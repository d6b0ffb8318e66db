package dev.trustcenter.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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

    private RecordJson() {}

    public static String write(Object value, Style style) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            if (style.indent()) {
                json.useDefaultPrettyPrinter();
            }
            value(json, value, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void value(JsonGenerator json, Object value, Style style) throws IOException {
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
                value(json, item, style);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (included(entry.getValue(), style.inclusion())) {
                    json.writeFieldName(String.valueOf(entry.getKey()));
                    value(json, entry.getValue(), style);
                }
            }
            json.writeEndObject();
        } else if (value instanceof Record record) {
            json.writeStartObject();
            for (Property property : properties(record.getClass(), style.naming())) {
                Object component = read(record, property.component());
                if (included(component, style.inclusion())) {
                    json.writeFieldName(property.name());
                    value(json, component, style);
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
