package dev.trustcenter.render.page;

import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;

import java.util.List;

/**
 * 404.html: a host serves it for any missing address, at any depth and on any path, so nothing on it may depend on
 * where it is served from. Its links are absolute (the site's base_url) and its stylesheet is inline, allowed by its
 * hash in the Content-Security-Policy, so it is styled even on a sub-path host such as GitHub project Pages. It also
 * answers an expired or withdrawn access link, without saying which links exist.
 */
public final class NotFoundPage implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        return List.of(context.page(PageSpec.at("404.html", "404").rootedAt(context.config().site().baseUrl().toString())
                .titled(context.messages().text("notFound.title"))
                .described(context.messages().text("notFound.description")),
                new Vars(AccessPages.contact(context))));
    }

    /** 404.peb: who to ask for a new link. */
    public record Vars(String contact) implements PageModel {}
}
