package dev.trustcenter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** policies/index.html and policies/SLUG/index.html. */
final class PolicyPages implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.POLICIES)) {
            return List.of();
        }
        List<OutputFile> files = new ArrayList<>();
        String indexPath = "policies/index.html";
        List<PolicyView> policies = context.posture().policies().stream()
                .map(p -> PolicyView.row(p, RenderContext.root(indexPath)))
                .toList();
        files.add(context.page(indexPath, Section.POLICIES, "policies-index", "Policies",
                "Security and privacy policies of " + context.config().company().name()
                        + ", with owners, versions and review dates.",
                Map.of("policies", policies, "reviewMonths", context.config().thresholds().policyReviewMonths())));
        // Policy pages are most of a large site: they render in parallel, each with its one Markdown pass.
        files.addAll(context.posture().policies().parallelStream().map(status -> {
            String path = "policies/" + status.policy().slug() + "/index.html";
            PolicyView policy = PolicyView.of(status, context.markdown(), RenderContext.root(path));
            String description = policy.summary() != null ? policy.summary()
                    : policy.title() + ", version " + policy.version() + ", owned by " + policy.owner() + ".";
            return context.page(path, Section.POLICIES, "policy", policy.title(), description, Map.of("policy", policy));
        }).toList());
        return files;
    }
}
