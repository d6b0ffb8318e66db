package dev.trustcenter.model;

import java.util.List;

/**
 * A group of controls on the controls page. Eight are built in; a site adds its own under site-config's
 * {@code controls.categories}.
 */
public record ControlCategory(String id, String name) {

    public static final List<ControlCategory> BUILT_IN = List.of(
            new ControlCategory("organizational", "Organizational"),
            new ControlCategory("people", "People"),
            new ControlCategory("physical", "Physical"),
            new ControlCategory("infrastructure", "Infrastructure"),
            new ControlCategory("product", "Product"),
            new ControlCategory("data", "Data"),
            new ControlCategory("privacy", "Privacy"),
            new ControlCategory("ai", "AI"));
}
