package dev.trustcenter.render;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The render stage: every page set, rendered in parallel, as one sorted list of files. */
public final class SiteRenderer {

    private static final List<PageSet> PAGE_SETS = List.of(
            new HomePage(), new CompliancePages(), new PolicyPages(), new SubprocessorPages(), new DocumentPages(),
            new RequestAccessPages(), new FaqPage(), new UpdatePages(), new NotFoundPage(), new ThemeAssets(),
            new TrustJson(), new SubprocessorData(), new AtomFeed(), new CalendarFile(), new Badges(),
            new PublishingFiles.SecurityTxt(), new PublishingFiles.Headers(), new AccessPages(), new SocialCard());

    private SiteRenderer() {}

    public static List<OutputFile> render(RenderContext context) {
        List<OutputFile> rendered = PAGE_SETS.parallelStream()
                .flatMap(set -> set.render(context).stream())
                .toList();
        Set<String> pages = rendered.stream().map(OutputFile::path).filter(p -> p.endsWith(".html"))
                .collect(java.util.stream.Collectors.toSet());
        List<OutputFile> files = java.util.stream.Stream.concat(rendered.stream(),
                        PublishingFiles.sitemapAndRobots(context, pages).stream())
                .sorted(Comparator.comparing(OutputFile::path))
                .toList();
        Set<String> paths = new HashSet<>();
        for (OutputFile file : files) {
            if (!paths.add(file.path())) {
                throw new IllegalStateException("two outputs would be written to " + file.path());
            }
        }
        return files;
    }
}
