package dev.trustcenter.build;

import dev.trustcenter.content.FileStamp;
import dev.trustcenter.content.GrantFiles;
import dev.trustcenter.content.LoadCache;
import dev.trustcenter.content.SiteLoader;
import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.diagnostics.Severity;
import dev.trustcenter.model.Blob;
import dev.trustcenter.model.DocumentLock;
import dev.trustcenter.model.PublishedGrant;
import dev.trustcenter.model.SiteLayout;
import dev.trustcenter.model.Source;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.publish.SiteWriter;
import dev.trustcenter.render.check.LinkCheck;
import dev.trustcenter.render.Markdown;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageCache;
import dev.trustcenter.render.RenderCache;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.SiteRenderer;
import dev.trustcenter.render.Theme;
import dev.trustcenter.rules.Derivation;
import dev.trustcenter.rules.Lint;
import dev.trustcenter.rules.PolicyStatus;
import dev.trustcenter.rules.Posture;
import dev.trustcenter.rules.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The whole pipeline: load, validate, derive, render, then write (or keep in memory). */
public final class SiteBuild {

    private SiteBuild() {}

    /**
     * What a build produced: the findings, the files unless an error stopped it, and the documents lock to record
     * when private/ held gated files that the lock did not describe yet.
     */
    public record Result(Diagnostics diagnostics, Optional<List<OutputFile>> files, Optional<Path> output,
                         Optional<DocumentLock> lockUpdate) {

        Result(Diagnostics diagnostics, Optional<List<OutputFile>> files, Optional<Path> output) {
            this(diagnostics, files, output, Optional.empty());
        }

        Result withLock(Optional<DocumentLock> update) {
            return new Result(diagnostics, files, output, update);
        }

        public boolean ok() {
            return files.isPresent();
        }

        public long pages() {
            return files.map(f -> f.stream().filter(o -> o.path().endsWith(".html")).count()).orElse(0L);
        }
    }

    /** Loads and renders in memory, as check and serve do. With strict, a warning stops the build like an error. */
    public static Result render(Path config, BuildDates dates, boolean strict) {
        return render(BuildRequest.of(config, dates).strict(strict));
    }

    /**
     * What `serve` keeps from one rebuild to the next: unchanged files' readings, Markdown renderings, the theme
     * and the pages rendered with it. A one-off build keeps nothing.
     */
    public static final class Session {
        private final LoadCache files = new LoadCache();
        private Markdown markdown;
        private Path themeFolder;
        private List<String> themeFiles;
        private Theme theme;
        private PageCache pages;
        /** Each policy's status of the last build, by slug: given back while equal, so it is the same object. */
        private Map<String, PolicyStatus> statuses = new ConcurrentHashMap<>();

        /**
         * The compiled theme, compiled again when any file of its folder was added, removed or changed since (by
         * name, size, modification and change time), so a session never renders with an old template, watched or not.
         */
        synchronized Theme theme(Path folder) {
            List<String> files = FileStamp.ofTree(folder);
            if (theme == null || !folder.equals(themeFolder) || !files.equals(themeFiles)) {
                themeFolder = folder;
                themeFiles = files;
                theme = new Theme(Optional.of(folder));
                pages = new PageCache();
            }
            return theme;
        }

        /** The session's Markdown: every rendering kept in memory, and read from and written to disk if asked. */
        synchronized Markdown markdown(Optional<RenderCache> disk) {
            if (markdown == null) {
                markdown = new Markdown(true, disk);
            }
            return markdown;
        }

        synchronized PageCache pages() {
            return pages;
        }

        /**
         * A watcher reports every change under {@code folders} from now on, through {@link #changed}: a content
         * file's reading is then reused without looking at the file again until the watcher names it.
         */
        public void watch(Collection<Path> folders) {
            files.watch(folders);
        }

        /** What the watcher saw change since the last build: files, or folders when it cannot tell which files. */
        public void changed(Collection<Path> paths) {
            files.changed(paths);
        }

        /**
         * For one build's derivation: a policy's status as the last build had it while it is equal, so that what
         * was made from it is found again by reference; the statuses of this build are kept for the next.
         */
        synchronized UnaryOperator<PolicyStatus> sameStatuses() {
            Map<String, PolicyStatus> last = statuses;
            Map<String, PolicyStatus> next = new ConcurrentHashMap<>();
            statuses = next;
            return fresh -> {
                PolicyStatus old = last.get(fresh.policy().slug());
                PolicyStatus kept = fresh.equals(old) ? old : fresh;
                next.put(kept.policy().slug(), kept);
                return kept;
            };
        }

        /** A template or asset changed: templates are compiled again and no page is reused. */
        public synchronized void themeChanged() {
            theme = null;
        }
    }

    /** Loads, validates, derives and renders in memory: the pipeline, one stage after the other. */
    public static Result render(BuildRequest request) {
        request.progress().accept("loading content");
        SiteLoader.Result loaded = new SiteLoader(request.session().map(s -> s.files)).load(request.config());
        return renderLoaded(request, loaded).withLock(loaded.lockUpdate());
    }

    private static Result renderLoaded(BuildRequest request, SiteLoader.Result loaded) {
        Path config = request.config();
        BuildDates dates = request.dates();
        Consumer<String> progress = request.progress();
        Optional<Session> session = request.session();
        // Every stage runs on what loaded, errors or not, so one run reports every finding, as a compiler does;
        // nothing is kept or written while any error remains.
        Diagnostics diagnostics = loaded.diagnostics();
        if (loaded.partial().isEmpty()) {
            return new Result(diagnostics, Optional.empty(), Optional.empty());
        }
        TrustCenter site = loaded.partial().get();
        diagnostics.addAll(Validation.validate(site, loaded.declaredDocumentIds()));
        SiteLayout layout = SiteLayout.ofConfig(config);
        Path output = layout.root().resolve(site.config().site().output()).normalize();
        checkOutput(layout, output, site.config().site().outputSource(), diagnostics);
        progress.accept("checking " + site.compliance().size() + " compliance entries and "
                + site.policies().size() + " policies");
        Posture posture = session.map(s -> Derivation.derive(site, dates.asOf(), s.sameStatuses()))
                .orElseGet(() -> Derivation.derive(site, dates.asOf()));
        diagnostics.addAll(Lint.check(posture));
        List<PublishedGrant> active = site.grants().stream()
                .filter(g -> g.state(dates.asOf()) == PublishedGrant.State.ACTIVE).toList();
        Map<String, Blob> bundles = new GrantFiles(layout).bundles(active, diagnostics);
        Path themeFolder = layout.theme(site.config().site().theme());
        Theme theme = session.map(s -> s.theme(themeFolder)).orElseGet(() -> new Theme(Optional.of(themeFolder)));
        for (String language : site.config().site().languages()) {
            if (!theme.translates(language)) {
                diagnostics.warning("language-untranslated", Source.file("site-config.yaml"), "The site is written in \""
                                + language + "\", but no message catalogue speaks it, so its pages' interface reads English.",
                        "Add themes/" + site.config().site().theme() + "/messages/" + language + ".properties with the "
                                + "keys of the built-in English catalogue (theme/default/messages/en.properties in the "
                                + "jar), or use one of en, ar, fr, de.");
            }
        }
        progress.accept("rendering pages");
        try {
            // A site in several languages shows an untranslated text on every language's page: render it once.
            boolean languages = site.config().site().languages().size() > 1;
            Optional<RenderCache> disk = request.cache() ? Optional.of(RenderCache.of(layout.root())) : Optional.empty();
            Markdown markdown = session.map(s -> s.markdown(disk)).orElseGet(() -> new Markdown(languages, disk));
            var files = SiteRenderer.render(new RenderContext(posture, dates.built(), theme, markdown, bundles,
                    session.map(Session::pages)));
            Set<String> paths = files.stream().map(OutputFile::path).collect(Collectors.toSet());
            diagnostics.addAll(session.map(Session::pages).map(pages -> {
                // In a session, a text is checked again only when it changed or a page was added or removed.
                PageCache.Layout sitePaths = pages.canonical(paths);
                record Checked(Record text, PageCache.Layout paths) {}
                return LinkCheck.check(site, paths, markdown,
                        (text, check) -> pages.reuse(new Checked(text, sitePaths), check));
            }).orElseGet(() -> LinkCheck.check(site, paths, markdown)));
            session.map(Session::pages).ifPresent(PageCache::keepOnlyLastBuild);
            session.ifPresent(s -> theme.keepOnlyLastBuild());
            session.ifPresent(s -> s.markdown.keepOnlyLastBuild());
            if (session.isEmpty()) {
                // A build outside a session renders every text, so what it did not use is of texts that went.
                disk.ifPresent(RenderCache::removeUnused);
            }
            if (diagnostics.hasErrors() || request.strict() && diagnostics.warningCount() > 0) {
                return new Result(diagnostics, Optional.empty(), Optional.of(output));
            }
            return new Result(diagnostics, Optional.of(files), Optional.of(output));
        } catch (Theme.ThemeException e) {
            diagnostics.add(new Diagnostic(Severity.ERROR, "theme", Source.file("themes/" + site.config().site().theme()),
                    "The theme could not render a page: " + e.getMessage(), "Fix the template named above."));
            return new Result(diagnostics, Optional.empty(), Optional.of(output));
        } catch (RuntimeException e) {
            if (diagnostics.hasErrors()) {
                // Content with errors may not render; its errors are what the publisher needs to see.
                return new Result(diagnostics, Optional.empty(), Optional.of(output));
            }
            throw e;
        }
    }

    /** Renders, then writes to {@code output} or the configured output folder, replacing it whole. */
    public static Result build(Path config, Optional<Path> output, BuildDates dates, boolean strict)
            throws IOException {
        return build(BuildRequest.of(config, dates).strict(strict).writingTo(output));
    }

    /** Renders, then writes to the request's output or the configured one, replacing it whole. */
    public static Result build(BuildRequest request) throws IOException {
        Path config = request.config();
        Consumer<String> progress = request.progress();
        Result result = render(request);
        if (!result.ok()) {
            return result;
        }
        Path output = request.output().map(p -> p.toAbsolutePath().normalize()).orElse(result.output().orElseThrow());
        Diagnostics outputProblems = new Diagnostics();
        checkOutput(SiteLayout.ofConfig(config), output, Source.file("--output"), outputProblems);
        if (outputProblems.hasErrors()) {
            result.diagnostics().addAll(outputProblems);
            return new Result(result.diagnostics(), Optional.empty(), Optional.of(output), result.lockUpdate());
        }
        progress.accept("writing " + result.files().orElseThrow().size() + " files");
        SiteWriter.write(result.files().orElseThrow(), output);
        return new Result(result.diagnostics(), result.files(), Optional.of(output), result.lockUpdate());
    }

    /** The output folder is replaced whole, so it must never be a folder that holds the site's own files. */
    static void checkOutput(SiteLayout layout, Path output, Source at, Diagnostics diagnostics) {
        Path root = layout.root();
        boolean holdsSite = root.startsWith(output)
                || layout.sourceFolders().stream().anyMatch(folder -> output.startsWith(folder))
                || Files.exists(output.resolve(".git")) || Files.exists(output.resolve(SiteLayout.CONFIG));
        if (holdsSite) {
            String shown = output.startsWith(root) ? "\"" + (root.equals(output) ? "." : root.relativize(output)) + "\""
                    : output.toString();
            diagnostics.error("unsafe-output", at, "The output folder " + shown + " holds your own files; a build "
                    + "replaces the output folder entirely, so it would delete them.",
                    "Choose an output folder of its own, such as public (site.output in site-config.yaml, or -o).");
        }
    }
}
