package dev.trustcenter.render;

import dev.trustcenter.render.file.PublishingFiles;
import dev.trustcenter.render.file.SocialCard;
import dev.trustcenter.render.view.AiViews;
import dev.trustcenter.render.view.AnswerViews;
import dev.trustcenter.render.view.ControlViews;
import dev.trustcenter.render.view.DateView;
import dev.trustcenter.render.view.EntryViews;

import dev.trustcenter.model.SiteConfig;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.rules.Posture;
import java.nio.charset.StandardCharsets;
import dev.trustcenter.model.Blob;
import dev.trustcenter.rules.BrandColour;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Base64;
import java.util.Locale;

/**
 * Everything one build's pages share: the posture, the dates, the theme and Markdown engines, and the layout's
 * variables. Built once per build and read by every page set, in parallel; it holds no mutable state.
 */
public final class RenderContext {

    private final Posture posture;
    private final LocalDate buildDate;
    private final Theme theme;
    private final Markdown markdown;
    private final Map<String, Blob> bundles;
    /** The Content-Security-Policy every page carries in a meta element, for hosts that ignore _headers. */
    private final String csp;
    /** The stylesheet a page served anywhere (404.html) carries inline, and whose hash the policy allows. */
    private final String inlineStyle;
    private final EntryViews entryViews;
    private final List<Section> sections;

    private final Optional<PageCache> pages;
    private final TemplateAudit audit;
    private final ControlViews controlViews;
    private final AiViews aiViews;
    private final AnswerViews answerViews;
    /** What every page's layout depends on; part of each page's cache key. */
    private final Object layout;

    /**
     * @param bundles the encrypted bundles of the grants active as of the build, by grant id, as load read them
     */
    public RenderContext(Posture posture, LocalDate buildDate, Theme theme, Markdown markdown,
                         Map<String, Blob> bundles, Optional<PageCache> pages) {
        this(posture, buildDate, theme, markdown, bundles, pages, TemplateAudit.NONE);
    }

    /** As above, with every template's variables passed through {@code audit}, as TemplateContractTest does. */
    RenderContext(Posture posture, LocalDate buildDate, Theme theme, Markdown markdown, Map<String, Blob> bundles,
                  Optional<PageCache> pages, TemplateAudit audit) {
        this.audit = audit;
        this.posture = posture;
        this.buildDate = buildDate;
        this.theme = theme;
        this.markdown = markdown;
        this.bundles = Map.copyOf(bundles);
        this.inlineStyle = inlineStyle(posture.content(), theme);
        this.csp = PublishingFiles.metaContentSecurityPolicy(posture.content().config(), inlineStyle);
        this.entryViews = new EntryViews(markdown, posture.content().documents(),
                posture.content().config().thresholds().reportMaxAgeMonths());
        this.controlViews = new ControlViews(posture, markdown);
        this.aiViews = new AiViews(posture, markdown, controlViews);
        this.answerViews = new AnswerViews(posture, markdown, controlViews);
        this.sections = Section.presentSections(posture.content());
        this.pages = pages;
        this.layout = List.of(posture.content().config(), sections, buildDate, posture.asOf());
    }

    public Posture posture() {
        return posture;
    }

    public TrustCenter site() {
        return posture.content();
    }

    public SiteConfig config() {
        return posture.content().config();
    }

    public LocalDate buildDate() {
        return buildDate;
    }

    public Markdown markdown() {
        return markdown;
    }

    public Theme theme() {
        return theme;
    }

    /**
     * The stylesheet of a page served anywhere (404.html): the theme's notfound.css (the site's own when it has
     * one), with links in the accessible shade of the brand colour.
     */
    private static String inlineStyle(TrustCenter site, Theme theme) {
        String link = BrandColour.textShadeOn(site.config().company().brandColor(), BrandColour.LIGHT_BACKGROUNDS);
        return new String(asset(site, theme, "notfound.css"), StandardCharsets.UTF_8)
                + "a { color: " + link + "; }\n";
    }

    /** An asset's bytes: the site's own (content/ or its theme), else the built-in theme's. */
    public static byte[] asset(TrustCenter site, Theme theme, String name) {
        return site.assets().stream().filter(a -> a.path().equals("assets/" + name)).findFirst()
                .map(a -> a.content().bytes()).orElseGet(() -> theme.asset(name));
    }

    /** A file as a data: URI, for a page that cannot rely on any path to assets/. */
    static String dataUri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    public String inlineStyle() {
        return inlineStyle;
    }

    public Map<String, Blob> bundles() {
        return bundles;
    }

    public EntryViews entryViews() {
        return entryViews;
    }

    public ControlViews controlViews() {
        return controlViews;
    }

    public AiViews aiViews() {
        return aiViews;
    }

    public AnswerViews answerViews() {
        return answerViews;
    }

    public boolean has(Section section) {
        return sections.contains(section);
    }

    /** The relative prefix from a page back to the site root: "" for index.html, "../" for faq/index.html. */
    public static String root(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    /** The absolute address of a page on the live site, without "index.html". */
    public String canonical(String path) {
        String pretty = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        return config().site().baseUrl() + pretty;
    }

    /** Renders a page: its template with the layout's variables and the page's own record. */
    public OutputFile page(PageSpec spec, PageModel model) {
        if (pages.isEmpty()) {
            return renderPage(spec, model);
        }
        var key = new PageCache.Key(spec, model, layout);
        return pages.get().page(key, () -> renderPage(spec, model));
    }

    private OutputFile renderPage(PageSpec spec, PageModel model) {
        SiteConfig config = config();
        String root = spec.root();
        // A page served at any address (404.html) has an absolute root; its images travel inside it.
        boolean anywhere = root.startsWith("https:") || root.startsWith("http:");
        Layout layoutVars = new Layout(root, csp, anywhere ? inlineStyle : null,
                new SiteView(config.site().title(), config.company().name(), config.company().legalName(),
                        config.company().website() == null ? null : config.company().website().toString(),
                        image(config.company().logo(), root, anywhere), image(config.company().logoDark(), root, anywhere),
                        anywhere ? dataUri("image/svg+xml", asset(site(), theme, "favicon.svg")) : root + "assets/favicon.svg",
                        config.site().language(), config.site().rightToLeft() ? "rtl" : "ltr",
                        config.contacts().security(), config.contacts().privacy()),
                sections.stream().map(s -> new NavItem(s.label(), root + s.path(), s == spec.section())).toList(),
                new PageMeta(spec.title(), spec.description(), canonical(spec.path()), spec.path()),
                new SocialCardView(config.site().baseUrl() + SocialCard.PATH, SocialCard.WIDTH, SocialCard.HEIGHT,
                        config.company().name() + " trust center: the status of each certification, report and "
                                + "regulation as of " + DateView.words(posture.asOf()) + "."),
                DateView.of(buildDate), DateView.of(posture.asOf()));
        Map<String, Object> context = audit.wrap(spec.template(), TemplateVariables.of(layoutVars, model));
        return new OutputFile(spec.path(), theme.render(spec.template(), context).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What the layout template (and so every page) reads, whatever the page.
     *
     * @param inlineStyle the stylesheet carried inline by a page served anywhere, else null
     */
    public record Layout(String root, String csp, String inlineStyle, SiteView site, List<NavItem> nav, PageMeta page,
                         SocialCardView socialCard, DateView built, DateView asOf) {}

    public record SiteView(String title, String company, String legalName, String website, String logo,
                           String logoDark, String favicon, String language, String direction, String securityEmail,
                           String privacyEmail) {}

    /** A content image's address from a page: relative to its root, or inline for a page served anywhere. */
    private String image(String contentPath, String root, boolean anywhere) {
        if (contentPath == null) {
            return null;
        }
        if (!anywhere) {
            return root + contentPath;
        }
        String lower = contentPath.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".svg") ? "image/svg+xml" : lower.endsWith(".png") ? "image/png"
                : lower.endsWith(".webp") ? "image/webp" : "image/jpeg";
        return dataUri(type, asset(site(), theme, contentPath.substring("assets/".length())));
    }

    public record NavItem(String label, String href, boolean current) {}

    /** The link-preview image every page names: absolute, as Open Graph requires. */
    public record SocialCardView(String url, int width, int height, String alt) {}

    public record PageMeta(String title, String description, String canonical, String path) {}
}
