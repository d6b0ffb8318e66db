package dev.trustcenter.render.check;

import dev.trustcenter.render.Markdown;
import dev.trustcenter.render.RenderContext;

import dev.trustcenter.diagnostics.Diagnostic;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.ComplianceEntry;
import dev.trustcenter.model.Pages;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.Source;
import dev.trustcenter.model.TrustCenter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import dev.trustcenter.diagnostics.Suggestions;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jsoup.parser.Parser;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Internal links in Markdown must reach a page or file of the built site. Runs after rendering, against the
 * paths the build actually produced, so it can never disagree with the site.
 */
public final class LinkCheck {

    private static final URI SITE = URI.create("https://site.invalid/");

    private LinkCheck() {}

    /** A Markdown text, the page it is shown on, and where the text starts in its file. */
    record Text(String markdown, String page, Source start) {}

    public static Diagnostics check(TrustCenter site, Set<String> outputPaths, Markdown markdown) {
        return check(site, outputPaths, markdown, (text, check) -> check.get());
    }

    /**
     * Checks every text, taking from {@code reuse} the findings of a text that was checked against the same pages
     * before (a session's last build), and checking it now otherwise.
     *
     * @param reuse given a text (a record that compares by value) and its check, the findings
     */
    public static Diagnostics check(TrustCenter site, Set<String> outputPaths, Markdown markdown,
                                    BiFunction<Record, Supplier<List<Diagnostic>>, List<Diagnostic>> reuse) {
        Diagnostics d = new Diagnostics();
        for (Text text : texts(site)) {
            // Most texts link nowhere; their links are known from their rendering, so they need no lookup.
            if (!markdown.links(text.markdown()).isEmpty()) {
                reuse.apply(text, () -> check(text, outputPaths, markdown)).forEach(d::add);
            }
        }
        return d;
    }

    private static List<Diagnostic> check(Text text, Set<String> outputPaths, Markdown markdown) {
        Diagnostics d = new Diagnostics();
        for (Markdown.Link link : markdown.links(text.markdown())) {
            Source at = new Source(text.start().file(), text.start().line() + link.line(), text.start().column());
            if (link.missingAlt()) {
                d.warning("image-alt-missing", at, "The image \"" + link.url() + "\" has no alternative text, "
                        + "so readers who cannot see it learn nothing from it.", "Describe it: ![what the image "
                        + "shows](" + link.url() + "), or alt=\"…\" on an <img>.");
            }
            Target target = classify(link.url(), text.page());
            String what = link.image() ? "image" : "link";
            if (target instanceof Target.Internal internal && !exists(internal.path(), outputPaths)) {
                d.error("broken-link", at, "The " + what + " \"" + link.url() + "\" leads to " + internal.path()
                        + ", which is not " + (internal.path().endsWith(".html") ? "a page" : "a file")
                        + " of this site.", hint(internal.path(), text.page(), outputPaths));
            } else if (target instanceof Target.Malformed malformed) {
                d.error("broken-link", at, "The link \"" + link.url() + "\" is not a valid web address: "
                        + malformed.reason() + ".", "Write a full address such as https://example.com/page, or a "
                        + "path to a page of this site such as ../faq/index.html; encode spaces as %20.");
            }
        }
        return d.all();
    }

    /** Where a link leads, as a URI parser reads it. */
    sealed interface Target {
        /** A page or file of this site, as a path under the output folder. */
        record Internal(String path) implements Target {}

        /** Another site, another scheme (mailto:, data:, …), or an anchor on the same page. */
        record Elsewhere() implements Target {}

        /** Not a URI at all. */
        record Malformed(String reason) implements Target {}
    }

    /**
     * Classifies a link. Character references are decoded first, as a browser does (so {@code &#x64;ata:} is a
     * data: URI, not a page); a URI with a scheme or an authority leads elsewhere; the rest resolves against the
     * page the text is shown on.
     */
    static Target classify(String url, String page) {
        String decoded = Parser.unescapeEntities(url, true).strip();
        if (decoded.isEmpty() || decoded.startsWith("#")) {
            return new Target.Elsewhere();
        }
        try {
            URI uri = new URI(decoded);
            if (uri.getScheme() != null || uri.getAuthority() != null) {
                return new Target.Elsewhere();
            }
            if (uri.getPath() == null || uri.getPath().isEmpty()) {
                return new Target.Elsewhere();
            }
            String path = SITE.resolve(page).resolve(uri).getPath();
            path = path.startsWith("/") ? path.substring(1) : path;
            return new Target.Internal(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        } catch (URISyntaxException e) {
            return new Target.Malformed(e.getReason().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return new Target.Malformed("it cannot be resolved");
        }
    }

    /** A static host serves folder/index.html for "folder" and "folder/", so both count. */
    static boolean exists(String path, Set<String> outputPaths) {
        return outputPaths.contains(path) || outputPaths.contains(path + "/index.html");
    }

    /** The output closest to a broken path, other than the page the link is on. */
    static String nearest(String path, String page, Set<String> outputPaths) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        return outputPaths.stream()
                .filter(p -> !p.equals(page))
                .min(Comparator.comparingInt((String p) -> distance.apply(path, p)).thenComparing(Comparator.naturalOrder()))
                .orElse("index.html");
    }

    /**
     * What to do about a broken link, naming the file of the site it should point to: a file to add under
     * content/assets/ or content/documents/, or the page (and the source file behind it) it was probably meant for.
     */
    static String hint(String path, String page, Set<String> outputPaths) {
        String relativeTo = " Links are relative to the page the text appears on, " + page + ".";
        String folder = path.startsWith("assets/") ? "content/assets/" : path.startsWith("documents/")
                ? "content/documents/" : null;
        if (folder != null) {
            String file = folder + path.substring(path.indexOf('/') + 1);
            var similar = Suggestions.closest(path, outputPaths.stream().filter(p -> !p.endsWith(".html")).toList());
            return similar.map(s -> "Did you mean \"" + relative(page, s) + "\" (" + sourceOf(s) + ")? Otherwise add ")
                    .orElse("Add ") + "the file as " + file + ", which is published as " + path + "." + relativeTo;
        }
        String nearest = nearest(path, page, outputPaths.stream().filter(p -> p.endsWith(".html"))
                .collect(Collectors.toSet()));
        return "Did you mean \"" + relative(page, nearest) + "\"? That is " + sourceOf(nearest) + "." + relativeTo;
    }

    /** How to write a link from {@code page} to {@code target}, both paths under the output folder. */
    static String relative(String page, String target) {
        return RenderContext.root(page) + target;
    }

    /** Which file of the site an output comes from, in the words a publisher knows. */
    static String sourceOf(String output) {
        String[] parts = output.split("/");
        if (parts.length == 3 && parts[2].equals("index.html")) {
            switch (parts[0]) {
                case "policies":
                    return "the page of content/policies/" + parts[1] + ".md";
                case "updates":
                    return "the page of content/updates/" + parts[1] + ".md";
                case "compliance":
                    return "the page of the entry \"" + parts[1] + "\" of content/compliance.yaml";
                default:
                    break;
            }
        }
        if (output.startsWith("documents/") && !output.equals("documents/index.html")) {
            return "content/documents/" + output.substring("documents/".length());
        }
        if (output.startsWith("assets/")) {
            return "content/assets/" + output.substring("assets/".length()) + " (or the theme's asset of that name)";
        }
        return "a page trustcenter generates";
    }

    /** Every Markdown text that is published, with the page that shows it. */
    static List<Text> texts(TrustCenter site) {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(site.overview().body(), "index.html", site.overview().bodySource()));
        for (ComplianceEntry entry : site.compliance()) {
            entry.summary().ifPresent(s -> texts.add(new Text(s, "compliance/" + entry.id() + "/index.html",
                    entry.source())));
        }
        for (Policy policy : site.policies()) {
            if (policy.visibility() == Policy.Visibility.PUBLIC) {
                texts.add(new Text(policy.body(), "policies/" + policy.slug() + "/index.html", policy.bodySource()));
            }
        }
        for (Pages.Update update : site.updates()) {
            texts.add(new Text(update.body(), "updates/" + update.slug() + "/index.html", update.bodySource()));
        }
        for (Pages.FaqItem item : site.faq()) {
            texts.add(new Text(item.answer(), "faq/index.html", item.source()));
        }
        texts.add(new Text(site.nda().body(), "request-access/index.html", site.nda().bodySource()));
        return texts;
    }
}
