package dev.trustcenter.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a session's builds make, kept for the next build in two generations: a build reads what the last one made
 * and keeps what it asked for, so what it no longer asks for is dropped without hashing every key again. Safe for
 * the page sets that render in parallel.
 */
final class LastBuild<K, V> {

    private volatile Map<K, V> last = Map.of();
    private volatile Map<K, V> current = new ConcurrentHashMap<>();

    /** What was made for an equal key in this build or the last, or what {@code make} makes now. */
    V get(K key, Supplier<V> make) {
        Map<K, V> now = current;
        V value = now.get(key);
        if (value == null) {
            value = last.get(key);
            if (value == null) {
                value = make.get();
            }
            now.put(key, value);
        }
        return value;
    }

    /** What was kept for an equal key in this build or the last (kept on for the next), or null. */
    V find(K key) {
        Map<K, V> now = current;
        V value = now.get(key);
        if (value == null) {
            value = last.get(key);
            if (value != null) {
                now.put(key, value);
            }
        }
        return value;
    }

    /** Keeps {@code value} for {@code key}, replacing what was kept. */
    void put(K key, V value) {
        current.put(key, value);
    }

    /** After a build: keeps only what it asked for. */
    void keepOnlyLastBuild() {
        last = current;
        current = new ConcurrentHashMap<>();
    }
}
