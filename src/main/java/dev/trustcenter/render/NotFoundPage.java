package dev.trustcenter.render;

import java.util.List;
import java.util.Map;

/**
 * 404.html: a host serves it for any missing address, at any depth and on any path, so nothing on it may depend on
 * where it is served from. Its links are absolute (the site's base_url) and its stylesheet is inline, allowed by its
 * hash in the Content-Security-Policy, so it is styled even on a sub-path host such as GitHub project Pages. It also
 * answers an expired or withdrawn access link, without saying which links exist.
 */
final class NotFoundPage implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        String root = context.config().site().baseUrl().toString();
        return List.of(context.page("404.html", root, null, "404", "Page not found",
                "This page does not exist on the trust center.",
                Map.of("inlineStyle", context.inlineStyle(), "contact", AccessPages.contact(context))));
    }
}
