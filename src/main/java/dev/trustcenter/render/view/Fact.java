package dev.trustcenter.render.view;

import java.util.List;

/** One labelled fact on a page: text, optionally a link, optionally a list of items. */
public record Fact(String label, String text, String href, List<String> items) {

    public static Fact of(String label, String text) {
        return new Fact(label, text, null, List.of());
    }

    public static Fact link(String label, String text, String href) {
        return new Fact(label, text, href, List.of());
    }

    public static Fact list(String label, List<String> items) {
        return new Fact(label, null, null, List.copyOf(items));
    }
}
