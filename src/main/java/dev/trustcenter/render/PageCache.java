package dev.trustcenter.render;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Pages rendered in earlier builds of a `serve` session, by everything they were rendered from: the page's own
 * view records and the layout's. Records compare by value, so an unchanged input finds its page and a changed one
 * cannot. A theme change starts a new cache.
 */
public final class PageCache {

    /** Everything a page's bytes depend on, for one theme. */
    record Key(PageSpec spec, PageModel model, Object layout) {}

    private final Map<Key, OutputFile> pages = new ConcurrentHashMap<>();
    private final Set<Key> used = ConcurrentHashMap.newKeySet();

    OutputFile page(Key key, Supplier<OutputFile> render) {
        used.add(key);
        OutputFile page = pages.get(key);
        if (page == null) {
            page = render.get();
            pages.put(key, page);
        }
        return page;
    }

    /** After a build: forgets the pages it did not ask for, so a long session does not keep every old version. */
    public void keepOnlyLastBuild() {
        pages.keySet().retainAll(used);
        used.clear();
    }
}
