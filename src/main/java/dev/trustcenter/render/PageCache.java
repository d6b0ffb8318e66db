package dev.trustcenter.render;

import java.util.function.Supplier;

/**
 * Pages rendered in the last build of a `serve` or daemon session, by everything they were rendered from: the page's
 * own view records and the layout's, or what a page set names as its page's inputs. Records compare by value, so an
 * unchanged input finds its page and a changed one cannot. A theme change starts a new cache.
 *
 * <p>Two generations: a build reads the last build's pages and keeps what it asked for, so what it no longer asks
 * for is dropped without hashing every key again.
 */
public final class PageCache {

    /** Everything a page's bytes depend on, for one theme. */
    record Key(PageSpec spec, PageModel model, Object layout) {}

    /** What a page set says its output depends on, with the layout: for views that cost more than their inputs. */
    record Inputs(Class<?> of, Object inputs, Object layout) {}

    private final LastBuild<Object, Object> made = new LastBuild<>();

    /**
     * A key that matches the same objects only: a page set's anchor (a record the session gives back unchanged while
     * its source is unchanged, such as a policy's status) and the layout, compared and hashed by identity.
     */
    private record Anchored(Class<?> of, Object anchor, Object layout) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Anchored a && of == a.of && anchor == a.anchor && layout == a.layout;
        }

        @Override
        public int hashCode() {
            return (31 * of.hashCode() + System.identityHashCode(anchor)) * 31 + System.identityHashCode(layout);
        }
    }

    /** What was made, and the inputs it was made from. */
    private record Made(Object inputs, Object value) {}

    private final LastBuild<Anchored, Made> anchored = new LastBuild<>();

    /**
     * A layout key with its hash computed once. Every page's key holds one, so hashing it for every page (the site
     * configuration is a deep record) cost a session rebuild a fifth of its time.
     */
    public static final class Layout {
        private final Object value;
        private final int hash;

        Layout(Object value) {
            this.value = value;
            this.hash = value.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Layout layout && hash == layout.hash && value.equals(layout.value);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The layout as this session knows it: the same object as in the last build while nothing in it changed, so that
     * comparing two pages' keys compares the layout by identity.
     */
    Layout layout(Object layout) {
        return canonical(layout);
    }

    /**
     * {@code value} as this session knows it: the object of the last build while it is equal, with its hash computed
     * once, so keys that hold it compare it by identity.
     */
    public Layout canonical(Object value) {
        Layout key = new Layout(value);
        return lookUp(key, () -> key);
    }

    /**
     * What {@code make} computes from {@code key} alone, as the last build computed it from an equal key: for work
     * after rendering, such as checking a text's links against the site's pages.
     */
    public <T> T reuse(Record key, Supplier<T> make) {
        return lookUp(key, make);
    }

    OutputFile page(Key key, Supplier<OutputFile> render) {
        return lookUp(key, render);
    }

    /**
     * What a page set makes from its inputs, so neither its views nor its models are built again while the inputs
     * are unchanged. The inputs must be everything it reads besides the layout and the theme, as records that
     * compare by value.
     */
    <T> T made(Inputs inputs, Supplier<T> make) {
        return lookUp(inputs, make);
    }

    /**
     * As {@link #made(Inputs, Supplier)}, found first by the identity of {@code anchor}, one of the inputs: when the
     * last build made it from the same anchor and equal inputs, no input is hashed (hashing ten thousand policies'
     * records was a large part of a rebuild). Otherwise it is looked up by value as there.
     */
    @SuppressWarnings("unchecked")
    <T> T made(Inputs inputs, Object anchor, Supplier<T> make) {
        Anchored key = new Anchored(inputs.of(), anchor, inputs.layout());
        Made found = anchored.find(key);
        if (found != null && found.inputs().equals(inputs.inputs())) {
            return (T) found.value();
        }
        T value = made(inputs, make);
        anchored.put(key, new Made(inputs.inputs(), value));
        return value;
    }

    @SuppressWarnings("unchecked")
    private <T> T lookUp(Object key, Supplier<T> make) {
        return (T) made.get(key, make::get);
    }

    /** After a build: keeps only what it asked for, so a long session does not keep every old version. */
    public void keepOnlyLastBuild() {
        made.keepOnlyLastBuild();
        anchored.keepOnlyLastBuild();
    }
}
