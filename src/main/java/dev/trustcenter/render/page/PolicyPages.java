package dev.trustcenter.render.page;

import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Translation;
import dev.trustcenter.render.Localized;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.rules.PolicyStatus;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.ControlViews;
import dev.trustcenter.render.view.PolicyView;
import dev.trustcenter.rules.Evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** policies/index.html and policies/SLUG/index.html. */
public final class PolicyPages implements PageSet {

    /** policies-index.peb: a row per policy, and the review period they are held to. */
    public record Index(List<PolicyView> policies, int reviewMonths) implements PageModel {}

    /**
     * policy.peb: one policy, the framework requirements it maps to by name, and the controls that cite it as
     * evidence.
     */
    public record One(PolicyView policy, List<ControlViews.MappingView> mapsTo, List<ControlPages.ControlLink> citedBy)
            implements PageModel {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.POLICIES)) {
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        String indexPath = "policies/index.html";
        Messages m = context.messages();
        // A row is made again only when its policy or translation changed (in a session; always otherwise).
        List<PolicyView> policies = context.posture().policies().stream()
                .map(p -> context.memo(PolicyView.class, p, new RowInputs(p, translation(context, p)),
                        () -> PolicyView.row(p, RenderContext.root(indexPath), m, text(context, p, indexPath))))
                .toList();
        files.add(context.page(PageSpec.at(indexPath, "policies-index").in(Section.POLICIES)
                .titled(m.text("nav.policies"))
                .described(m.text("policies.description", context.config().company().name())),
                new Index(policies, context.config().thresholds().policyReviewMonths())));
        // Every policy page is at the same depth: the controls citing each policy are listed once for all of them.
        String pageRoot = RenderContext.root("policies/any/index.html");
        Map<String, List<ControlPages.ControlLink>> citing = new HashMap<>();
        for (var control : context.posture().controls()) {
            var link = ControlPages.link(control.control(), pageRoot + "controls/index.html");
            control.evidence().stream().filter(e -> e.kind() == Evidence.Kind.POLICY).map(Evidence::id).distinct()
                    .forEach(slug -> citing.computeIfAbsent(slug, k -> new ArrayList<>()).add(link));
        }
        // Policy pages are most of a large site: they render in parallel, each with its one Markdown pass.
        files.addAll(context.posture().policies().parallelStream().map(status -> {
            String path = "policies/" + status.policy().slug() + "/index.html";
            String root = RenderContext.root(path);
            var mapsTo = status.policy().mapsTo().stream().map(ref -> context.controlViews().mapping(ref, root)).toList();
            var citedBy = List.copyOf(citing.getOrDefault(status.policy().slug(), List.of()));
            // In a session, an unchanged policy's page is reused without building its view again.
            var inputs = new PageInputs(status, translation(context, status), mapsTo, citedBy);
            return context.memo(PolicyPages.class, status, inputs, () -> {
                PolicyView policy = PolicyView.of(status, context.markdown(), root, m, text(context, status, path));
                String description = policy.summary() != null ? policy.summary()
                        : m.text("policy.description", policy.title(), policy.version(), policy.owner());
                return context.page(PageSpec.at(path, "policy").in(Section.POLICIES).titled(policy.title())
                        .described(description), new One(policy, mapsTo, citedBy));
            });
        }).toList());
        return files;
    }

    private static java.util.Optional<Translation> translation(RenderContext context, PolicyStatus status) {
        return context.site().translation(Translation.Kind.POLICY, status.policy().slug(), context.language());
    }

    /** What a policy's row in the index is made from, besides the layout. */
    record RowInputs(PolicyStatus status, java.util.Optional<Translation> translation) {}

    /**
     * Everything a policy's page is made from besides the layout (which holds the language, the site configuration
     * and the dates) and the theme: the policy with its derived review status, its translation into the page's
     * language (whose freshness is judged against the policy's body), and what it maps to and is cited by.
     */
    record PageInputs(PolicyStatus status, java.util.Optional<Translation> translation,
                      List<ControlViews.MappingView> mapsTo, List<ControlPages.ControlLink> citedBy) {}

    /** A policy's words in the page's language. */
    static Localized text(RenderContext context, PolicyStatus status, String path) {
        Policy p = status.policy();
        return context.localized(Translation.Kind.POLICY, p.slug(), p.title(), p.summary(), p.body(),
                "policies/" + p.slug() + "/index.html", RenderContext.root(path));
    }
}
