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
import dev.trustcenter.model.Translation;
import dev.trustcenter.model.EntryTranslation;
import dev.trustcenter.rules.Posture;
import java.nio.charset.StandardCharsets;
import dev.trustcenter.model.Blob;
import dev.trustcenter.rules.BrandColour;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Base64;
import dev.trustcenter.render.i18n.Messages;
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
    /** The interface's words in this context's language. */
    private final Messages messages;
    /** Where this language's pages are written: "" for the default language, "ar/" for Arabic. */
    private final String prefix;
    /**
     * Where this context's pages link to for pages, from the site's root: "" normally; "ar/" for a page written at
     * the site's root in another language (a grant's viewer, whose address must not change).
     */
    private final String home;

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
        this(posture, buildDate, theme, markdown, bundles, pages, audit, posture.content().config().site().language());
    }

    private RenderContext(Posture posture, LocalDate buildDate, Theme theme, Markdown markdown,
                          Map<String, Blob> bundles, Optional<PageCache> pages, TemplateAudit audit, String language) {
        this(posture, buildDate, theme, markdown, bundles, pages, audit, language,
                language.equals(posture.content().config().site().language()) ? "" : language + "/", "");
    }

    private RenderContext(Posture posture, LocalDate buildDate, Theme theme, Markdown markdown,
                          Map<String, Blob> bundles, Optional<PageCache> pages, TemplateAudit audit, String language,
                          String prefix, String home) {
        this.messages = theme.messages(language);
        this.prefix = prefix;
        this.home = home;
        this.audit = audit;
        this.posture = posture;
        this.buildDate = buildDate;
        this.theme = theme;
        this.markdown = markdown;
        this.bundles = Map.copyOf(bundles);
        this.inlineStyle = inlineStyle(posture.content(), theme);
        this.csp = PublishingFiles.metaContentSecurityPolicy(posture.content().config(), inlineStyle);
        this.entryViews = new EntryViews(markdown, posture.content(),
                posture.content().config().thresholds().reportMaxAgeMonths(), messages, up());
        this.controlViews = new ControlViews(posture, markdown, messages, up());
        this.aiViews = new AiViews(posture, markdown, controlViews, messages);
        this.answerViews = new AnswerViews(posture, markdown, controlViews, messages);
        this.sections = Section.presentSections(posture.content());
        this.pages = pages;
        // The site's assets too: a page served anywhere (404.html) carries its logo, favicon and stylesheet inside it.
        List<Object> layout = List.of(posture.content().config(), sections, buildDate, posture.asOf(), language, prefix,
                home, posture.content().assets());
        this.layout = pages.isPresent() ? pages.get().layout(layout) : layout;
    }

    /** The same build in one of the site's other languages: its pages are written under {@code LANGUAGE/}. */
    public RenderContext in(String language) {
        return new RenderContext(posture, buildDate, theme, markdown, bundles, pages, audit, language);
    }

    /**
     * The context of the machine-readable files (trust.json, the CSV and JSON lists, badges, OSCAL): written once, at
     * the site's root, and worded in English whatever the site's languages, so tools read the same labels everywhere.
     */
    public RenderContext neutral() {
        return language().equals("en") && prefix.isEmpty() && home.isEmpty() ? this
                : new RenderContext(posture, buildDate, theme, markdown, bundles, pages, audit, "en", "", "");
    }

    /**
     * A page of another language written at the site's root, such as a grant's viewer in the recipient's language:
     * its words are that language's and its links go to that language's pages, but its own address does not change.
     */
    public RenderContext atRootIn(String language) {
        if (language.equals(config().site().language())) {
            return this;
        }
        return new RenderContext(posture, buildDate, theme, markdown, bundles, pages, audit, language, "",
                language + "/");
    }

    /** The contexts of every language of the site, the default first. */
    public List<RenderContext> languages() {
        return config().site().languages().stream().map(l -> l.equals(language()) ? this : in(l)).toList();
    }

    public Messages messages() {
        return messages;
    }

    /** A YAML entry's words in this context's language. */
    public EntryText entry(EntryTranslation.Target target, String entry) {
        return EntryText.of(site(), language(), target, entry);
    }

    /**
     * A text of the content in this context's language: its translation, or the source marked as such.
     *
     * @param sourcePath the source's page ("policies/x/index.html"), linked when the translation is stale; or null
     * @param root       the page's prefix to its language's root
     */
    public Localized localized(Translation.Kind kind, String of, String title, Optional<String> summary, String body,
                               String sourcePath, String root) {
        return Localized.of(site(), messages, kind, of, title, summary, body, sourcePath, files(root));
    }

    public String language() {
        return messages.language();
    }

    /** Where this language's pages are written: "" for the default language, "ar/" for the others. */
    public String prefix() {
        return prefix;
    }

    /** From a language's root back to the site's root, where the shared files are: "" or "../". */
    public String up() {
        return prefix.isEmpty() ? "" : "../";
    }

    /** The relative prefix from a page to the shared files (assets, documents, machine-readable files). */
    public String files(String root) {
        return root + up();
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

    /** The absolute address of a page of this language on the live site, without "index.html". */
    public String canonical(String path) {
        return config().site().baseUrl() + prefix + pretty(path);
    }

    private static String pretty(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    /**
     * What a page set makes from {@code inputs} alone (with this context's layout and theme): in a `serve` or daemon
     * session, what the last build made from equal inputs, without building its views again; otherwise made now.
     *
     * @param of     the page set, so two sets' equal inputs never share a result
     * @param inputs everything it reads besides the layout and the theme, comparing by value
     */
    public <T> T memo(Class<?> of, Object inputs, java.util.function.Supplier<T> make) {
        return pages.isEmpty() ? make.get() : pages.get().made(new PageCache.Inputs(of, inputs, layout), make);
    }

    /**
     * As {@link #memo(Class, Object, java.util.function.Supplier)}, found first by the identity of {@code anchor}, one
     * of the inputs that a session gives back as the same object while its source is unchanged (a policy's status).
     */
    public <T> T memo(Class<?> of, Object anchor, Object inputs, java.util.function.Supplier<T> make) {
        return pages.isEmpty() ? make.get()
                : pages.get().made(new PageCache.Inputs(of, inputs, layout), anchor, make);
    }

    /** A list item's JSON text, by the item, its depth and the style. */
    private record JsonFragment(Record item, int nesting, RecordJson.Style style) {}

    /**
     * A published JSON file's text: in a session, the items of its lists that are unchanged since the last build are
     * not written again (trust.json lists every policy and subprocessor); the same text as a one-off build.
     */
    public String json(Object value, RecordJson.Style style) {
        if (pages.isEmpty()) {
            return RecordJson.write(value, style);
        }
        return RecordJson.write(value, style, (item, nesting, s, write) ->
                memo(RecordJson.class, new JsonFragment(item, nesting, s), write));
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
        // A page served at any address (404.html) has an absolute root; its images travel inside it.
        boolean anywhere = spec.root().startsWith("https:") || spec.root().startsWith("http:");
        String root = anywhere ? spec.root() + prefix : spec.root() + home;
        String files = anywhere ? spec.root() : spec.root() + up();
        Layout layoutVars = new Layout(root, files, csp, anywhere ? inlineStyle : null,
                new SiteView(config.site().title(), config.company().name(), config.company().legalName(),
                        config.company().website() == null ? null : config.company().website().toString(),
                        image(config.company().logo(), files, anywhere), image(config.company().logoDark(), files, anywhere),
                        anywhere ? dataUri("image/svg+xml", asset(site(), theme, "favicon.svg")) : files + "assets/favicon.svg",
                        messages.language(), messages.direction(),
                        config.contacts().security(), config.contacts().privacy()),
                sections.stream().map(s -> new NavItem(messages.text(s.key()), root + s.path(), s == spec.section()))
                        .toList(),
                new PageMeta(spec.title(), spec.description(), canonical(spec.path()), spec.path()),
                alternates(spec.path(), root),
                new SocialCardView(config.site().baseUrl() + SocialCard.PATH, SocialCard.WIDTH, SocialCard.HEIGHT,
                        messages.text("social.alt", config.company().name(), posture.asOf())),
                messages.dateView(buildDate), messages.dateView(posture.asOf()));
        Map<String, Object> context = audit.wrap(spec.template(), TemplateVariables.of(layoutVars, model));
        return new OutputFile(prefix + spec.path(), theme.render(spec.template(), context, messages.language())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The page in every language of the site, for hreflang and the language switcher; none for a one-language site. */
    private List<Alternate> alternates(String path, String root) {
        List<String> languages = config().site().languages();
        if (languages.size() < 2 || !home.isEmpty()) {
            return List.of();   // a page written at the root in another language has no versions to switch to
        }
        String home = root + up();
        return languages.stream().map(l -> {
            String folder = l.equals(config().site().language()) ? "" : l + "/";
            return new Alternate(l, Messages.nativeName(l), SiteConfig.Site.rightToLeft(l) ? "rtl" : "ltr",
                    home + folder + path, config().site().baseUrl() + folder + pretty(path), l.equals(language()));
        }).toList();
    }

    /**
     * What the layout template (and so every page) reads, whatever the page.
     *
     * @param root        the relative prefix from the page to its language's root, for links to pages
     * @param files       the relative prefix from the page to the site's root, for assets and shared files
     * @param inlineStyle the stylesheet carried inline by a page served anywhere, else null
     * @param alternates  the page in each of the site's languages; empty for a site in one language
     */
    public record Layout(String root, String files, String csp, String inlineStyle, SiteView site, List<NavItem> nav,
                         PageMeta page, List<Alternate> alternates, SocialCardView socialCard, DateView built,
                         DateView asOf) {}

    /** One language's version of a page. */
    public record Alternate(String language, String name, String dir, String href, String url, boolean current) {}

    public record SiteView(String title, String company, String legalName, String website, String logo,
                           String logoDark, String favicon, String language, String direction, String securityEmail,
                           String privacyEmail) {}

    /** A content image's address from a page: relative to its root, or inline for a page served anywhere. */
    private String image(String contentPath, String files, boolean anywhere) {
        if (contentPath == null) {
            return null;
        }
        if (!anywhere) {
            return files + contentPath;
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
