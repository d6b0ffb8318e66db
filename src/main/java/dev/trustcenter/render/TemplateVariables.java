package dev.trustcenter.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template's variables from its records: the layout's and the page's, each component by its name. Pebble wants a
 * map; the records are the contract, and a name both define is a mistake caught here.
 */
public final class TemplateVariables {

    private TemplateVariables() {}

    static Map<String, Object> of(Record layout, PageModel page) {
        Map<String, Object> variables = new LinkedHashMap<>();
        put(variables, layout);
        for (var entry : components((Record) page).entrySet()) {
            if (variables.containsKey(entry.getKey())) {
                throw new IllegalStateException(page.getClass().getSimpleName() + "." + entry.getKey()
                        + " has the name of a layout variable");
            }
            variables.put(entry.getKey(), entry.getValue());
        }
        return variables;
    }

    private static void put(Map<String, Object> variables, Record record) {
        variables.putAll(components(record));
    }

    /** The components of a record, by name, in declaration order. */
    static Map<String, Object> components(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                values.put(component.getName(), component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("a record's accessor is public and does not throw", e);
            }
        }
        return values;
    }
}
