package dev.trustcenter.render;

/**
 * What a page says about itself, apart from its content: where it is written, which template draws it, which
 * navigation section it belongs to, and its title and description. Built with the withers, so no two adjacent
 * strings can be swapped unnoticed: {@code PageSpec.at("faq/index.html", "faq").in(Section.FAQ).titled("FAQ")}.
 *
 * @param root the relative prefix from the page back to the site root, or an absolute address for a page served
 *             anywhere (404.html)
 */
public record PageSpec(String path, String template, String root, Section section, String title, String description) {

    public static PageSpec at(String path, String template) {
        return new PageSpec(path, template, RenderContext.root(path), null, null, null);
    }

    public PageSpec in(Section newSection) {
        return new PageSpec(path, template, root, newSection, title, description);
    }

    public PageSpec titled(String newTitle) {
        return new PageSpec(path, template, root, section, newTitle, description);
    }

    public PageSpec described(String newDescription) {
        return new PageSpec(path, template, root, section, title, newDescription);
    }

    public PageSpec rootedAt(String newRoot) {
        return new PageSpec(path, template, newRoot, section, title, description);
    }
}
