package dev.trustcenter.render.page;

import dev.trustcenter.model.EntryTranslation;
import java.util.ArrayList;
import java.util.Optional;
import dev.trustcenter.model.SiteConfig;
import dev.trustcenter.model.Translation;
import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.RecordJson;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;
import dev.trustcenter.render.Section;
import dev.trustcenter.render.view.DocumentView;
import dev.trustcenter.render.view.PolicyView;

import dev.trustcenter.model.EmailAddress;
import dev.trustcenter.model.Pages;
import dev.trustcenter.model.Policy;
import dev.trustcenter.rules.FreeEmailDomains;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.util.LinkedHashMap;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * request-access/index.html and its thanks page: the gated documents and non-public policies a prospect can
 * request, and the NDA they accept, identified by its version and the SHA-256 of its text.
 */
public final class RequestAccessPages implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        if (!context.has(Section.REQUEST_ACCESS)) {
            return List.of();
        }
        String path = "request-access/index.html";
        String root = RenderContext.root(path);
        Messages m = context.messages();
        Pages.Nda nda = context.site().nda();
        List<DocumentView> documents = context.site().documents().stream()
                .filter(d -> d.gated())
                .map(d -> DocumentView.of(d, root, context.up(), m, context.entry(EntryTranslation.Target.DOCUMENT, d.id())))
                .toList();
        List<PolicyView> policies = context.posture().policies().stream()
                .filter(p -> p.policy().visibility() != Policy.Visibility.PUBLIC)
                .map(p -> PolicyView.row(p, root, m, PolicyPages.text(context, p, path)))
                .toList();
        String mailto = context.config().accessRequests().mailto();
        Form vars = new Form(documents, policies,
                NdaView.of(context),
                mailto == null ? "" : mailto, mailtoHref(mailto, context.config().company().name(), nda),
                formConfig(context));
        List<OutputFile> files = new ArrayList<>(List.of(
                context.page(PageSpec.at(path, "request-access").in(Section.REQUEST_ACCESS)
                        .titled(m.text("nav.requestAccess"))
                        .described(m.text("request.description", context.config().company().name())), vars),
                context.page(PageSpec.at("request-access/thanks/index.html", "request-thanks")
                                .in(Section.REQUEST_ACCESS).titled(m.text("thanks.title"))
                                .described(m.text("thanks.description")),
                        new Thanks(context.config().accessRequests().replyWithin()))));
        if (context.prefix().isEmpty()) {
            files.add(new OutputFile("request-access/request.schema.json", schema()));
        }
        return files;
    }

    /**
     * What the form's script needs, as JSON in a data attribute (escaped like any attribute, and allowed by a CSP
     * that forbids inline script): where requests go, which domains are refused, and the NDA's identity.
     */
    static String formConfig(RenderContext context) {
        var requests = context.config().accessRequests();
        FreeEmailDomains refused = requests.blockFreeEmailDomains()
                ? FreeEmailDomains.builtIn().plus(requests.blockedDomains())
                : FreeEmailDomains.none().plus(requests.blockedDomains());
        Pages.Nda nda = context.site().nda();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("delivery", requests.delivery().name().toLowerCase(Locale.ROOT));
        config.put("mailto", requests.mailto());
        config.put("endpoint", requests.endpoint() == null ? null : requests.endpoint().toString());
        config.put("company", context.config().company().name());
        config.put("site", context.config().site().baseUrl().toString());
        config.put("blockedDomains", refused.domains());
        config.put("emailPattern", EmailAddress.PATTERN);
        config.put("emailMaxLocal", EmailAddress.MAX_LOCAL);
        config.put("emailMaxLength", EmailAddress.MAX_LENGTH);
        config.put("nda", new NdaIdentity(nda.title(), nda.version(), nda.sha256()));
        config.put("thanks", "thanks/index.html");
        return RecordJson.write(config, new RecordJson.Style(RecordJson.Naming.AS_IS, RecordJson.Inclusion.ALWAYS,
                false));
    }

    private static byte[] schema() {
        try (InputStream in = RequestAccessPages.class.getResourceAsStream("/schemas/request.schema.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The NDA as the form's script sends it with a request. */
    record NdaIdentity(String title, String version, String sha256) {}

    /**
     * request-access.peb: what can be requested, the NDA, where requests go, the no-script mailto link and the
     * form script's configuration (JSON).
     */
    public record Form(List<DocumentView> documents, List<PolicyView> policies, NdaView nda, String mailto,
                       String mailtoHref, String formConfig) implements PageModel {}

    /** request-thanks.peb: how soon requests are answered. */
    public record Thanks(String replyWithin) implements PageModel {}

    /**
     * The NDA: its governing text, which is what a requester accepts and what its hash identifies, and a courtesy
     * translation in the page's language when the content has one.
     *
     * @param lang            the governing text's language when the page is in another; else null
     * @param translationHtml the translated text, shown for information only; or null
     */
    public record NdaView(String title, String version, String sha256, String html, boolean builtIn, String lang,
                          String dir, String translationTitle, String translationHtml) {

        /** The site's NDA as the request page and the viewer show it. */
        static NdaView of(RenderContext context) {
            Pages.Nda nda = context.site().nda();
            String governing = context.config().site().language();
            boolean other = !context.language().equals(governing);
            var translation = other && !nda.builtIn()
                    ? context.site().translation(Translation.Kind.NDA, "nda", context.language()) : Optional.<Translation>empty();
            return new NdaView(nda.title(), nda.version(), nda.sha256(), context.markdown().toHtml(nda.body()),
                    nda.builtIn(), other ? governing : null,
                    other ? (SiteConfig.Site.rightToLeft(governing) ? "rtl" : "ltr") : null,
                    translation.map(t -> t.title().orElse(nda.title())).orElse(null),
                    translation.map(t -> context.markdown().toHtml(t.body())).orElse(null));
        }
    }

    /** A structured email for requesters without JavaScript: the same fields the form asks for. */
    static String mailtoHref(String to, String company, Pages.Nda nda) {
        if (to == null) {
            return null;
        }
        String subject = "Request for security documents from " + company;
        // RFC 6068 §5: line breaks in a mailto body are CRLF, encoded %0D%0A.
        String body = String.join("\r\n",
                "Name: ", "Work email: ", "Company: ", "Role: ", "Purpose: ", "Documents requested: ", "",
                "I have read and accept the NDA \"" + nda.title() + "\", version " + nda.version()
                        + " (SHA-256 " + nda.sha256() + ").",
                "Full name as signature: ");
        return "mailto:" + to + "?subject=" + encode(subject) + "&body=" + encode(body);
    }

    /** RFC 6068 wants %20 for spaces, not the "+" of form encoding. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
