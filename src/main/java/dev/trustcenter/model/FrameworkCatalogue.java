package dev.trustcenter.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The frameworks an entry or a `maps_to` reference may name. */
public final class FrameworkCatalogue {

    private final Map<String, Framework> byId;
    /** Made when first asked for, as String's: a cold build seldom needs it, a session compares catalogues. */
    private int hash;

    public FrameworkCatalogue(List<Framework> frameworks) {
        Map<String, Framework> map = new LinkedHashMap<>();
        frameworks.forEach(f -> map.put(f.id(), f));
        this.byId = Map.copyOf(map);
    }

    /** Two catalogues are equal when they hold the same frameworks, so a session can tell an unchanged one. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FrameworkCatalogue catalogue && hashCode() == catalogue.hashCode()
                && byId.equals(catalogue.byId);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = byId.hashCode();
            hash = h;
        }
        return h;
    }

    public Optional<Framework> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Framework get(String id) {
        Framework framework = byId.get(id);
        if (framework == null) {
            throw new IllegalArgumentException("no framework " + id);
        }
        return framework;
    }

    public Collection<String> ids() {
        return byId.keySet().stream().sorted().toList();
    }

    /** A copy with the site's own frameworks added; a site framework replaces a built-in one of the same id. */
    public FrameworkCatalogue with(List<Framework> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, Framework> map = new LinkedHashMap<>(byId);
        extra.forEach(f -> map.put(f.id(), f));
        return new FrameworkCatalogue(List.copyOf(map.values()));
    }
}
