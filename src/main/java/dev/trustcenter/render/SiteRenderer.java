package dev.trustcenter.render;

import dev.trustcenter.render.file.AiSystemData;
import dev.trustcenter.render.file.AnswerData;
import dev.trustcenter.render.file.AtomFeed;
import dev.trustcenter.render.file.Badges;
import dev.trustcenter.render.file.CalendarFile;
import dev.trustcenter.render.file.ControlData;
import dev.trustcenter.render.file.OscalExport;
import dev.trustcenter.render.file.PublishingFiles;
import dev.trustcenter.render.file.SocialCard;
import dev.trustcenter.render.file.SubprocessorData;
import dev.trustcenter.render.file.ThemeAssets;
import dev.trustcenter.render.file.TrustJson;
import dev.trustcenter.render.page.AccessPages;
import dev.trustcenter.render.page.CompliancePages;
import dev.trustcenter.render.page.AiPages;
import dev.trustcenter.render.page.AnswerPages;
import dev.trustcenter.render.page.ControlPages;
import dev.trustcenter.render.page.DocumentPages;
import dev.trustcenter.render.page.FaqPage;
import dev.trustcenter.render.page.HomePage;
import dev.trustcenter.render.page.NotFoundPage;
import dev.trustcenter.render.page.PolicyPages;
import dev.trustcenter.render.page.RequestAccessPages;
import dev.trustcenter.render.page.SubprocessorPages;
import dev.trustcenter.render.page.UpdatePages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The render stage: every page set, rendered in parallel, as one sorted list of files. */
public final class SiteRenderer {

    /** What each language of the site has its own copy of, under its folder: the pages, the feed and the calendar. */
    private static final List<PageSet> PER_LANGUAGE = List.of(
            new HomePage(), new CompliancePages(), new PolicyPages(), new ControlPages(), new AiPages(),
            new AnswerPages(), new SubprocessorPages(), new DocumentPages(), new RequestAccessPages(), new FaqPage(),
            new UpdatePages(), new NotFoundPage(), new AtomFeed(), new CalendarFile());

    /** Written once, in the default language: the theme's files, the publishing files and the share image. */
    private static final List<PageSet> SHARED = List.of(
            new ThemeAssets(), new PublishingFiles.SecurityTxt(), new PublishingFiles.Headers(), new AccessPages(),
            new SocialCard());

    /** Written once and language-neutral (English labels): what tools read. */
    private static final List<PageSet> MACHINE = List.of(
            new TrustJson(), new SubprocessorData(), new ControlData(), new AiSystemData(), new AnswerData(),
            new OscalExport(), new Badges());

    private record Job(PageSet set, RenderContext context) {}

    private SiteRenderer() {}

    public static List<OutputFile> render(RenderContext context) {
        List<Job> jobs = new ArrayList<>();
        for (RenderContext language : context.languages()) {
            PER_LANGUAGE.forEach(set -> jobs.add(new Job(set, language)));
        }
        SHARED.forEach(set -> jobs.add(new Job(set, context)));
        RenderContext neutral = context.neutral();
        MACHINE.forEach(set -> jobs.add(new Job(set, neutral)));
        List<OutputFile> rendered = jobs.parallelStream()
                .flatMap(job -> job.set().render(job.context()).stream())
                .toList();
        List<String> pages = rendered.stream().map(OutputFile::path).filter(p -> p.endsWith(".html")).sorted().toList();
        // The sitemap lists addresses only: in a session, written again only when a page was added or removed.
        List<OutputFile> sitemap = context.memo(PublishingFiles.class, pages,
                () -> PublishingFiles.sitemapAndRobots(context, Set.copyOf(pages)));
        List<OutputFile> files = Stream.concat(rendered.stream(), sitemap.stream())
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
