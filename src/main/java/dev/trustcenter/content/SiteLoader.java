package dev.trustcenter.content;

import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.AiSystem;
import dev.trustcenter.model.Answer;
import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.Control;
import dev.trustcenter.model.ControlCategory;
import dev.trustcenter.model.Document;
import dev.trustcenter.model.FrameworkCatalogue;
import dev.trustcenter.model.DocumentLock;
import dev.trustcenter.model.PublishedGrant;
import dev.trustcenter.model.SiteLayout;
import dev.trustcenter.model.StaticFile;
import dev.trustcenter.model.Pages;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.SiteConfig;
import dev.trustcenter.model.Source;
import dev.trustcenter.model.Subprocessors;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.model.Translation;
import dev.trustcenter.model.Translations;
import dev.trustcenter.model.EntryTranslation;
import dev.trustcenter.model.EntryTranslation.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The load stage: reads site-config.yaml and every content file of SPEC §2 into a {@link TrustCenter}.
 * Only site-config.yaml and content/compliance.yaml must exist; a missing file is an empty section.
 */
public final class SiteLoader {

    public static final String CONFIG = SiteLayout.CONFIG;
    private static final String BUILT_IN_NDA = "/nda.md";

    private final YamlTree yaml = new YamlTree();
    private final Optional<LoadCache> cache;

    /** A loader that reads every file afresh, as a one-off build does. */
    public SiteLoader() {
        this(Optional.empty());
    }

    /** A loader that reuses the readings of unchanged Markdown files, as `serve` does between rebuilds. */
    public SiteLoader(Optional<LoadCache> cache) {
        this.cache = cache;
    }

    /**
     * What loading produced: a trust center when there were no errors, and every finding either way; and the lock
     * file to write when the gated files in private/ were read and differ from content/documents.lock.yaml.
     */
    public record Result(Optional<TrustCenter> trustCenter, Diagnostics diagnostics, Optional<DocumentLock> lockUpdate,
                         Optional<TrustCenter> partial, Set<String> declaredDocumentIds) {

        public Result(Optional<TrustCenter> trustCenter, Diagnostics diagnostics) {
            this(trustCenter, diagnostics, Optional.empty(), trustCenter, Set.of());
        }
    }

    /** Loads the site whose config is {@code configFile}; content/ and private/ sit beside it. */
    public Result load(Path configFile) {
        Diagnostics diagnostics = new Diagnostics();
        Path config = configFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(config)) {
            diagnostics.error("missing-file", Source.file(config.getFileName().toString()),
                    "There is no " + config.getFileName() + " in " + config.getParent() + ".",
                    "Run the command in the folder of your trust center, pass -c path/to/site-config.yaml, "
                            + "or create a new one with \"trustcenter init DIR\".");
            return new Result(Optional.empty(), diagnostics);
        }
        cache.ifPresent(LoadCache::beginLoad);
        SiteLayout layout = SiteLayout.ofConfig(config);
        ContentFiles files = new ContentFiles(layout, cache);
        long errorsBefore = diagnostics.errorCount();
        Optional<SiteConfig> siteConfig = yamlFile(files, config, diagnostics)
                .flatMap(root -> SiteConfigReader.read(root, files, diagnostics));
        if (siteConfig.isEmpty() && diagnostics.errorCount() == errorsBefore) {
            diagnostics.error("empty-file", Source.file(files.display(config)), files.display(config) + " is empty.",
                    "Give it at least site.title, site.base_url, company.name and contacts.security; "
                            + "\"trustcenter init DIR\" writes a complete one.");
        }
        FrameworkCatalogue catalogue = FrameworkReader.builtIn()
                .with(siteConfig.map(SiteConfig::frameworks).orElse(List.of()));

        Path content = layout.content();
        Path complianceFile = content.resolve("compliance.yaml");
        if (!Files.isRegularFile(complianceFile)) {
            diagnostics.error("missing-file", Source.file("content/compliance.yaml"),
                    "There is no content/compliance.yaml, which every trust center needs.",
                    "Create it with at least one entry, for example \"- {id: gdpr, framework: gdpr, status: compliant}\".");
        }
        long complianceErrorsBefore = diagnostics.errorCount();
        List<EntryTranslation> entryTranslations = new ArrayList<>();
        List<ComplianceEntry> compliance = translated(optionalYaml(files, complianceFile, diagnostics,
                withTranslations(Target.COMPLIANCE, (root, d) -> ComplianceReader.read(root, catalogue, d)),
                Translated.none(List.<ComplianceEntry>of()), Optional.of(catalogue)), entryTranslations);
        if (compliance.isEmpty() && Files.isRegularFile(complianceFile) && diagnostics.errorCount() == complianceErrorsBefore) {
            diagnostics.error("empty-file", Source.file("content/compliance.yaml"),
                    "content/compliance.yaml has no entries, so the trust center would make no claim at all.",
                    "Add at least one entry, for example \"- {id: gdpr, framework: gdpr, status: compliant}\".");
        }
        Subprocessors subprocessors = translated(optionalYaml(files, content.resolve("subprocessors.yaml"), diagnostics,
                withTranslations(Target.SUBPROCESSOR, SubprocessorsReader::read), Translated.none(Subprocessors.none()),
                true), entryTranslations);
        DocumentLock lock = optionalYaml(files, layout.documentsLock(), diagnostics, DocumentLockReader::read,
                DocumentLock.empty());
        DocumentsReader.Read documentsRead = translated(optionalYaml(files, content.resolve("documents.yaml"),
                diagnostics, withTranslations(Target.DOCUMENT, (root, d) -> DocumentsReader.read(root, files, lock, d)),
                Translated.none(new DocumentsReader.Read(List.of(), List.of(), List.of()))), entryTranslations);
        List<Document> documents = documentsRead.documents();
        List<Pages.FaqItem> faq = translated(optionalYaml(files, content.resolve("faq.yaml"), diagnostics,
                withTranslations(Target.FAQ, PageReaders::faq), Translated.none(List.<Pages.FaqItem>of()), true),
                entryTranslations);

        List<ControlCategory> categories = siteConfig.map(SiteConfig::controlCategories).orElse(ControlCategory.BUILT_IN);
        List<Control> controls = translated(optionalYaml(files, content.resolve("controls.yaml"), diagnostics,
                withTranslations(Target.CONTROL, (root, d) -> ControlsReader.read(root, categories, d)),
                Translated.none(List.<Control>of()), Optional.of(categories)), entryTranslations);
        List<AiSystem> aiSystems = translated(optionalYaml(files, content.resolve("ai-systems.yaml"), diagnostics,
                withTranslations(Target.AI_SYSTEM, AiSystemsReader::read), Translated.none(List.<AiSystem>of()), true),
                entryTranslations);
        List<Answer> answers = new ArrayList<>();
        for (Path file : list(files, content.resolve("answers"), ".yaml")) {
            String name = file.getFileName().toString();
            String domain = name.substring(0, name.length() - ".yaml".length());
            if (!domain.matches("[a-z0-9][a-z0-9-]*")) {
                diagnostics.error("bad-path", Source.file(files.display(file)), "The answers file \"" + name
                        + "\" cannot name a domain: its name becomes the address answers/" + domain + "/.",
                        "Rename it with lower-case letters, digits and hyphens, for example data-protection.yaml.");
                continue;
            }
            answers.addAll(translated(optionalYaml(files, file, diagnostics,
                    withTranslations(Target.ANSWER, (root, d) -> AnswersReader.read(root, domain, d)),
                    Translated.none(List.<Answer>of()), true), entryTranslations));
        }
        List<Policy> policies = markdownFolder(files, content.resolve("policies"), diagnostics, PageReaders::policy);
        List<Pages.Update> updates = new ArrayList<>(
                markdownFolder(files, content.resolve("updates"), diagnostics, PageReaders::update));
        updates.sort(Comparator.comparing(Pages.Update::date).reversed().thenComparing(Pages.Update::slug));

        String companyName = siteConfig.map(c -> c.company().name()).orElse("");
        Pages.Overview overview = markdown(files, content.resolve("overview.md"), diagnostics)
                .flatMap(md -> PageReaders.overview(md, diagnostics))
                .orElseGet(() -> Pages.Overview.empty(companyName));
        Path ndaFile = content.resolve("nda.md");
        Optional<Pages.Nda> nda = Files.isRegularFile(ndaFile)
                ? markdown(files, ndaFile, diagnostics).flatMap(md -> PageReaders.nda(md, false, diagnostics))
                : builtInNda(diagnostics);

        List<Translation> translations = new ArrayList<>();
        translations.addAll(translations(files, content.resolve("policies"), Translation.Kind.POLICY, of -> true,
                diagnostics));
        translations.addAll(translations(files, content.resolve("updates"), Translation.Kind.UPDATE, of -> true,
                diagnostics));
        translations.addAll(translations(files, content, Translation.Kind.OVERVIEW, "overview"::equals, diagnostics));
        translations.addAll(translations(files, content, Translation.Kind.NDA, "nda"::equals, diagnostics));

        List<PublishedGrant> grants = new GrantFiles(files).forBuild(diagnostics);
        List<StaticFile> assets = assets(files, siteConfig.map(c -> c.site().theme()), diagnostics);
        Optional<DocumentLock> lockUpdate = lockUpdate(lock, documentsRead, diagnostics);

        if (siteConfig.isEmpty() || nda.isEmpty()) {
            return new Result(Optional.empty(), diagnostics, lockUpdate, Optional.empty(), Set.of());
        }
        // What did load, even with errors elsewhere, so that the later stages can still report their findings:
        // a publisher fixes everything in one pass. It is never rendered to disk while any error remains.
        TrustCenter site = new TrustCenter(siteConfig.get(), catalogue, overview, compliance, subprocessors,
                policies, documents, faq, List.copyOf(updates), nda.get(), grants, assets, controls, aiSystems, answers,
                new Translations(translations, entryTranslations));
        Set<String> declared = new TreeSet<>(documentsRead.declared());
        return new Result(diagnostics.hasErrors() ? Optional.empty() : Optional.of(site), diagnostics, lockUpdate,
                Optional.of(site), declared);
    }

    /**
     * The lock to record: every gated document as read, whether from its file or from the lock. Only when at least
     * one gated file was present (so a build without private/ never rewrites it), the lock changed, and no lock
     * entry contradicted its file.
     */
    private static Optional<DocumentLock> lockUpdate(DocumentLock lock, DocumentsReader.Read read,
                                                     Diagnostics diagnostics) {
        if (read.seen().isEmpty() || diagnostics.all().stream().anyMatch(d -> d.rule().equals("document-lock-mismatch"))) {
            return Optional.empty();
        }
        List<DocumentLock.Entry> entries = new ArrayList<>(read.seen());
        for (Document document : read.documents()) {
            if (document.gated() && document.digestSource() == Document.DigestSource.LOCK) {
                lock.find(document.id()).ifPresent(entries::add);
            }
        }
        DocumentLock updated = new DocumentLock(entries);
        return updated.sameFacts(lock) ? Optional.empty() : Optional.of(updated);
    }

    /**
     * The site's own assets, with their bytes, published under assets/: content/assets/ first, then the site
     * theme's assets/ where content has no file of that name. The built-in theme's assets come from the jar at
     * render. The theme's templates are checked here too, since Pebble reads them: no link out of the site or into
     * private/ or grants/, nothing over the size limit.
     */
    private static List<StaticFile> assets(ContentFiles files, Optional<String> theme, Diagnostics diagnostics) {
        Map<String, StaticFile> assets = new TreeMap<>();
        Path content = files.layout().assets();
        for (String name : files.walk(content)) {
            files.readBlob(content.resolve(name), ContentFiles.Area.PUBLISHED, diagnostics)
                    .ifPresent(blob -> assets.put(name, new StaticFile("assets/" + name, blob)));
        }
        if (theme.isPresent()) {
            Path themeFolder = files.layout().theme(theme.get());
            Path themeAssets = themeFolder.resolve("assets");
            for (String name : files.walk(themeAssets)) {
                if (!assets.containsKey(name)) {
                    files.readBlob(themeAssets.resolve(name), ContentFiles.Area.PUBLISHED, diagnostics)
                            .ifPresent(blob -> assets.put(name, new StaticFile("assets/" + name, blob)));
                }
            }
            files.verifyTree(themeFolder.resolve("templates"), diagnostics);
        }
        return List.copyOf(assets.values());
    }

    private Optional<YamlNode> yamlFile(ContentFiles files, Path file, Diagnostics diagnostics) {
        return files.readText(file, diagnostics).flatMap(text -> {
            String name = files.display(file);
            YamlTree.Result result = yaml.parse(text, name, 0);
            result.error().ifPresent(e -> diagnostics.error("yaml-syntax", e.source(), e.message(), e.hint()));
            return result.root();
        });
    }

    /** A file's reading with the translations of its entries: one value, so a cached reading keeps both. */
    private record Translated<T>(T value, List<EntryTranslation> translations) {
        static <T> Translated<T> none(T value) {
            return new Translated<>(value, List.of());
        }
    }

    private static <T> BiFunction<YamlNode, Diagnostics, Translated<T>> withTranslations(
            Target target, BiFunction<YamlNode, Diagnostics, T> reader) {
        return (root, d) -> new Translated<>(reader.apply(root, d), EntryTranslationsReader.read(root, target, d));
    }

    private static <T> T translated(Translated<T> read, List<EntryTranslation> into) {
        into.addAll(read.translations());
        return read.value();
    }

    private <T> T optionalYaml(ContentFiles files, Path file, Diagnostics diagnostics,
                               BiFunction<YamlNode, Diagnostics, T> reader, T absent) {
        return optionalYaml(files, file, diagnostics, reader, absent, Optional.empty());
    }

    private <T> T optionalYaml(ContentFiles files, Path file, Diagnostics diagnostics,
                               BiFunction<YamlNode, Diagnostics, T> reader, T absent, boolean selfContained) {
        return optionalYaml(files, file, diagnostics, reader, absent,
                selfContained ? Optional.of(List.of()) : Optional.empty());
    }

    /**
     * @param dependsOn what the reading depends on besides the file, when a session may reuse the reading of an
     *                  unchanged file while that is equal too: nothing for most files, the catalogue for
     *                  compliance.yaml, the categories for controls.yaml; empty for what depends on more than a
     *                  value (documents.yaml on the files' digests, the ledger on the bundles), which is always read
     */
    private <T> T optionalYaml(ContentFiles files, Path file, Diagnostics diagnostics,
                               BiFunction<YamlNode, Diagnostics, T> reader, T absent, Optional<Object> dependsOn) {
        if (!Files.isRegularFile(file)) {
            return absent;
        }
        Function<Diagnostics, T> read = d -> yamlFile(files, file, d).map(root -> reader.apply(root, d)).orElse(absent);
        return cache.flatMap(c -> dependsOn.map(on -> c.read(file, on, diagnostics, read)))
                .orElseGet(() -> read.apply(diagnostics));
    }

    private Optional<MarkdownFile> markdown(ContentFiles files, Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return files.readText(file, diagnostics)
                .flatMap(text -> MarkdownFile.parse(text, files.display(file), yaml, diagnostics));
    }

    private interface PageReader<T> {
        Optional<T> read(MarkdownFile file, String slug, Diagnostics diagnostics);
    }

    /** A translation's file name: the source's name with a language tag before ".md", information-security.ar.md. */
    private static final java.util.regex.Pattern TRANSLATED =
            java.util.regex.Pattern.compile("([a-z0-9][a-z0-9-]*)\\.([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\\.md");

    /** The translations in a folder, in file-name order: every file whose name carries a language tag. */
    private List<Translation> translations(ContentFiles files, Path folder, Translation.Kind kind,
                                           java.util.function.Predicate<String> of, Diagnostics diagnostics) {
        List<Translation> read = new ArrayList<>();
        for (Path file : list(files, folder, ".md")) {
            var name = TRANSLATED.matcher(file.getFileName().toString());
            if (name.matches() && of.test(name.group(1))) {
                Function<Diagnostics, Optional<Translation>> reader = d -> markdown(files, file, d)
                        .flatMap(md -> PageReaders.translation(md, kind, name.group(1), name.group(2), d));
                cache.map(c -> c.read(file, diagnostics, reader)).orElseGet(() -> reader.apply(diagnostics))
                        .ifPresent(read::add);
            }
        }
        return read;
    }

    /** A folder's files with the given ending, sorted by name; in a watched session, as listed before if unchanged. */
    private List<Path> list(ContentFiles files, Path folder, String ending) {
        return cache.map(c -> c.list(folder, ending, () -> files.list(folder, ending)))
                .orElseGet(() -> files.list(folder, ending));
    }

    /** Reads every Markdown file of a folder, in parallel, in file-name order; each file keeps its own findings. */
    private <T> List<T> markdownFolder(ContentFiles files, Path folder, Diagnostics diagnostics, PageReader<T> reader) {
        record Read<T>(Optional<T> page, Diagnostics findings) {}
        List<Path> sources = list(files, folder, ".md").stream()
                .filter(f -> !TRANSLATED.matcher(f.getFileName().toString()).matches()).toList();
        List<Read<T>> reads = sources.parallelStream().map(file -> {
            Diagnostics own = new Diagnostics();
            String name = file.getFileName().toString();
            String slug = name.substring(0, name.length() - ".md".length());
            Function<Diagnostics, Optional<T>> read = d -> markdown(files, file, d).flatMap(md -> reader.read(md, slug, d));
            Optional<T> page = cache.map(c -> c.read(file, own, read)).orElseGet(() -> read.apply(own));
            return new Read<>(page, own);
        }).toList();
        List<T> pages = new ArrayList<>();
        for (Read<T> read : reads) {
            diagnostics.addAll(read.findings());
            // A file with errors is reported and left out, so later stages never see a half-read page.
            if (!read.findings().hasErrors()) {
                read.page().ifPresent(pages::add);
            }
        }
        return List.copyOf(pages);
    }

    private Optional<Pages.Nda> builtInNda(Diagnostics diagnostics) {
        BuiltInNda.READ.findings().forEach(diagnostics::add);
        return BuiltInNda.READ.nda();
    }

    /** The NDA in the jar, read once: it is the same for every site and build. */
    private record BuiltInNda(Optional<Pages.Nda> nda, List<Diagnostic> findings) {
        static final BuiltInNda READ = read();

        private static BuiltInNda read() {
            try (InputStream in = SiteLoader.class.getResourceAsStream(BUILT_IN_NDA)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Diagnostics findings = new Diagnostics();
                Optional<Pages.Nda> nda = MarkdownFile.parse(text, "built-in NDA", new YamlTree(), findings)
                        .flatMap(md -> PageReaders.nda(md, true, findings));
                return new BuiltInNda(nda, findings.all());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
