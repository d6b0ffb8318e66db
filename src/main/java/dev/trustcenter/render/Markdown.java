package dev.trustcenter.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import java.util.Set;

/**
 * Markdown to safe HTML: flexmark with GFM tables, strikethrough, autolinks and heading anchors, sanitized with
 * JSoup's safelist, so no script, event handler or {@code javascript:} URL from content ever reaches a page. A text
 * of Markdown alone is sanitized as flexmark writes it ({@link SafeAttributes}); a text with raw HTML goes through
 * JSoup's cleaner whole.
 * One instance serves a whole build; flexmark's parser and renderer are thread-safe.
 */
public final class Markdown {

    /** What decides a rendering besides the text and trustcenter's build: the extensions, options and safelist. */
    static final String VERSION = "markdown 1: tables strikethrough autolink header-ids; safelist relaxed+del,s,hr,id";

    private final Parser parser;
    /** The same parser without the autolink extension, which is half of parsing: for texts it cannot change. */
    private final Parser withoutAutolinks;
    private final HtmlRenderer renderer;
    /** Writes only what the safelist allows, for texts without raw HTML: no second parse. */
    private final HtmlRenderer safeRenderer;
    private final Safelist safelist;
    /** Links of the texts rendered so far; one build's Markdown, so it lives as long as the build. */
    private final Map<String, List<Link>> linksSeen = new ConcurrentHashMap<>();

    /** Renderings kept for a serve session, where most texts are unchanged from one rebuild to the next. */
    private final Map<String, String> htmlSeen;
    /** The texts rendered since the last {@link #keepOnlyLastBuild()}, so a session forgets the ones that went. */
    private final Set<String> usedSinceLast = ConcurrentHashMap.newKeySet();
    /** Renderings kept on disk between processes, if the build uses the cache. */
    private final Optional<RenderCache> disk;
    private final AtomicInteger rendered = new AtomicInteger();

    /** For one build: each text is rendered once, so nothing is kept but its links. */
    public Markdown() {
        this(false);
    }

    /**
     * @param remember keep every rendering: for `serve`, which renders the same texts build after build, and for a
     *                 site in several languages, whose untranslated texts appear on every language's page
     */
    public Markdown(boolean remember) {
        this(remember, Optional.empty());
    }

    /** @param disk renderings kept between processes: read before rendering a text, written after */
    public Markdown(boolean remember, Optional<RenderCache> disk) {
        this.htmlSeen = remember ? new ConcurrentHashMap<>() : null;
        this.disk = disk;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        AutolinkExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(TablesExtension.CLASS_NAME, "md-table")
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                // No pretty-printing: the HTML goes into a page as it is, and JSoup's cleaner reserializes the rest.
                .set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        this.safelist = Safelist.relaxed()
                .addTags("del", "s", "hr")
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("table", "class")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
        this.parser = Parser.builder(options).build();
        this.withoutAutolinks = Parser.builder(new MutableDataSet(options)
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()))).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.safeRenderer = HtmlRenderer.builder(options).attributeProviderFactory(new SafeAttributes(safelist)).build();
    }

    /**
     * A link or image destination written in a Markdown text, with its 0-based line within that text. For an
     * image, {@code alt} is its text alternative: null when an HTML {@code <img>} has none.
     */
    public record Link(String url, int line, boolean image, String alt) {

        public Link(String url, int line) {
            this(url, line, false, null);
        }

        /** An image that a screen reader cannot describe: no alt text, or an empty one. */
        public boolean missingAlt() {
            return image && (alt == null || alt.isBlank());
        }
    }

    /**
     * Every link and image destination in a Markdown text, from flexmark's syntax tree. A text this instance has
     * rendered is not parsed again: its links were noted on the way.
     */
    public List<Link> links(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return List.of();
        }
        if (htmlSeen != null) {
            usedSinceLast.add(markdown); // a session keeps what the link check still asks for
        }
        List<Link> seen = linksSeen.get(markdown);
        return seen != null ? seen : linksSeen.computeIfAbsent(markdown, text -> links(parse(text)));
    }

    /** Markdown links and images, and the links and images of raw HTML in the text, read with JSoup. */
    private static List<Link> links(Node document) {
        List<Link> links = new ArrayList<>();
        new NodeVisitor(
                new VisitHandler<>(com.vladsch.flexmark.ast.Link.class,
                        link -> links.add(new Link(link.getUrl().toString(), link.getLineNumber()))),
                new VisitHandler<>(com.vladsch.flexmark.ast.Image.class,
                        image -> links.add(new Link(image.getUrl().toString(), image.getLineNumber(), true,
                                image.getText().toString()))),
                new VisitHandler<>(com.vladsch.flexmark.ast.HtmlBlock.class, html -> htmlLinks(html, links)),
                new VisitHandler<>(com.vladsch.flexmark.ast.HtmlInline.class, html -> htmlLinks(html, links)))
                .visit(document);
        return List.copyOf(links);
    }

    private static void htmlLinks(Node html, List<Link> links) {
        Document fragment = Jsoup.parseBodyFragment(html.getChars().toString());
        for (Element a : fragment.select("a[href]")) {
            links.add(new Link(a.attr("href"), html.getLineNumber()));
        }
        for (Element img : fragment.select("img[src]")) {
            links.add(new Link(img.attr("src"), html.getLineNumber(), true, img.hasAttr("alt") ? img.attr("alt") : null));
        }
    }

    /**
     * Safe HTML for a Markdown text. The page title is the page's only h1, so a text that uses "#" headings has
     * every heading moved one level down.
     */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (htmlSeen != null) {
            usedSinceLast.add(markdown);
            return htmlSeen.computeIfAbsent(markdown, this::render);
        }
        return render(markdown);
    }

    /**
     * Forgets the renderings and links of texts the last build did not use, so a long `serve` session holds only
     * what the site has now, however often its texts change.
     */
    public void keepOnlyLastBuild() {
        if (htmlSeen != null) {
            htmlSeen.keySet().retainAll(usedSinceLast);
            linksSeen.keySet().retainAll(usedSinceLast);
            usedSinceLast.clear();
        }
    }

    /** How many renderings are kept; for tests of the session. */
    int kept() {
        return htmlSeen == null ? linksSeen.size() : htmlSeen.size();
    }

    /** The renderings kept on disk between processes, if this build keeps them. */
    public Optional<RenderCache> disk() {
        return disk;
    }

    /** What may reach a page from a Markdown text; for tests. */
    Safelist safelist() {
        return safelist;
    }

    /** How many texts this instance rendered itself, not from the cache; for tests of the caches. */
    int rendered() {
        return rendered.get();
    }

    private String render(String markdown) {
        Optional<RenderCache.Entry> cached = disk.flatMap(cache -> cache.get(markdown));
        if (cached.isPresent()) {
            linksSeen.put(markdown, cached.get().links());
            return cached.get().html();
        }
        String html = sanitized(markdown);
        disk.ifPresent(cache -> cache.put(markdown, new RenderCache.Entry(html, linksSeen.get(markdown))));
        return html;
    }

    private String sanitized(String markdown) {
        rendered.incrementAndGet();
        Node document = parse(markdown);
        linksSeen.put(markdown, links(document));
        if (!hasRawHtml(document)) {
            // Markdown alone: flexmark escapes every text, SafeAttributes drops every attribute the safelist would
            // drop, and headings move down on the tree.
            demoteHeadings(document);
            return safeRenderer.render(document);
        }
        return throughCleaner(document);
    }

    /** The way every text went before the safe renderer, kept for texts with raw HTML; for tests of the two. */
    String throughCleaner(String markdown) {
        return throughCleaner(parse(markdown));
    }

    /** Raw HTML: the whole text through JSoup's cleaner, which balances and filters the tags around it. */
    private String throughCleaner(Node document) {
        String html = renderer.render(document);
        Document dirty = Jsoup.parseBodyFragment(html, "https://trustcenter.invalid/");
        Document clean = new Cleaner(safelist).clean(dirty);
        if (!clean.select("h1").isEmpty()) {
            for (int level = 5; level >= 1; level--) {
                for (Element heading : clean.select("h" + level)) {
                    heading.tagName("h" + (level + 1));
                }
            }
        }
        // An image without alt text is reported (image-alt-missing); the page stays valid HTML meanwhile.
        for (Element img : clean.select("img:not([alt])")) {
            img.attr("alt", "");
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    private static boolean hasRawHtml(Node document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                return true;
            }
        }
        return false;
    }

    /** The page title is the page's only h1: when a text uses "#", every heading moves one level down. */
    private static void demoteHeadings(Node document) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(heading);
            }
        }
        if (headings.stream().anyMatch(h -> h.getLevel() == 1)) {
            headings.forEach(h -> h.setLevel(Math.min(6, h.getLevel() + 1)));
        }
    }

    /**
     * The syntax tree of a text. The autolink extension turns bare addresses into links: "https://…", "www.…" and
     * e-mail addresses. A text with no "://", no "www." and no "@" holds none, and is parsed without it: the same
     * tree, in half the time.
     */
    Node parse(String markdown) {
        return mayHoldAutolinks(markdown) ? parser.parse(markdown) : withoutAutolinks.parse(markdown);
    }

    static boolean mayHoldAutolinks(String text) {
        if (text.contains("://") || text.indexOf('@') >= 0) {
            return true;
        }
        for (int i = text.indexOf('.'); i >= 3; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** A text's safe HTML as the parser with every extension makes it; for tests of {@link #parse}. */
    String withEveryExtension(String markdown) {
        Node document = parser.parse(markdown);
        demoteHeadings(document);
        return safeRenderer.render(document);
    }
}
