package dev.trustcenter.render;

import java.util.List;
import java.util.Map;

/** 404.html: served by static hosts at any depth, so its links start from the site's own path. */
final class NotFoundPage implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        String root = context.config().site().baseUrl().getPath();
        return List.of(context.page("404.html", root, null, "404", "Page not found",
                "This page does not exist on the trust center.", Map.of()));
    }
}
