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

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The render stage: every page set, rendered in parallel, as one sorted list of files. */
public final class SiteRenderer {

    private static final List<PageSet> PAGE_SETS = List.of(
            new HomePage(), new CompliancePages(), new PolicyPages(), new ControlPages(), new AiPages(), new AnswerPages(), new SubprocessorPages(), new DocumentPages(),
            new RequestAccessPages(), new FaqPage(), new UpdatePages(), new NotFoundPage(), new ThemeAssets(),
            new TrustJson(), new SubprocessorData(), new ControlData(), new AiSystemData(), new AnswerData(), new OscalExport(), new AtomFeed(), new CalendarFile(), new Badges(),
            new PublishingFiles.SecurityTxt(), new PublishingFiles.Headers(), new AccessPages(), new SocialCard());

    private SiteRenderer() {}

    public static List<OutputFile> render(RenderContext context) {
        List<OutputFile> rendered = PAGE_SETS.parallelStream()
                .flatMap(set -> set.render(context).stream())
                .toList();
        Set<String> pages = rendered.stream().map(OutputFile::path).filter(p -> p.endsWith(".html"))
                .collect(Collectors.toSet());
        List<OutputFile> files = Stream.concat(rendered.stream(),
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
