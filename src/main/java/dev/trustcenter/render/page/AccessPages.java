package dev.trustcenter.render.page;

import dev.trustcenter.render.i18n.Messages;
import dev.trustcenter.render.OutputFile;
import dev.trustcenter.render.PageModel;
import dev.trustcenter.render.PageSet;
import dev.trustcenter.render.PageSpec;
import dev.trustcenter.render.RenderContext;

import dev.trustcenter.model.Blob;
import dev.trustcenter.model.Grant;
import dev.trustcenter.model.PublishedGrant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * access/ID/index.html for every grant active as of the build: a viewer page that carries the encrypted bundle
 * and decrypts it in the browser with the key from the link's fragment. The page makes no request after loading,
 * so the key goes nowhere. Pending, expired and revoked grants are not published; the bundles of active ones were
 * read, with their checks, before render.
 */
public final class AccessPages implements PageSet {

    /**
     * access.peb: the sealed bundle, who to ask, the NDA, and whether the viewer asks for acceptance first
     * ({@code ndaGate}) or says how it was given ({@code ndaNote}).
     */
    public record Vars(String bundle, String contact, RequestAccessPages.NdaView nda, boolean ndaGate, String ndaNote)
            implements PageModel {}

    @Override
    public List<OutputFile> render(RenderContext context) {
        List<OutputFile> files = new ArrayList<>();
        for (PublishedGrant grant : context.site().grants()) {
            Blob bundle = context.bundles().get(grant.id());
            if (grant.state(context.posture().asOf()) != PublishedGrant.State.ACTIVE || bundle == null) {
                continue;
            }
            String sealed = Base64.getEncoder().encodeToString(bundle.bytes());
            // The viewer is written in the grant's language, at the same address as in every other language.
            RenderContext in = grant.language().filter(l -> context.config().site().languages().contains(l))
                    .map(context::atRootIn).orElse(context);
            files.add(in.page(PageSpec.at("access/" + grant.id() + "/index.html", "access")
                    .titled(in.messages().text("access.title"))
                    .described(in.messages().text("access.description")),
                    new Vars(sealed, contact(in), RequestAccessPages.NdaView.of(in),
                            grant.ndaAcceptance() == Grant.NdaAcceptance.VIEWER, ndaNote(grant, in.messages()))));
        }
        return files;
    }

    /** Who a recipient asks for a new link: whoever handles access requests. */
    static String contact(RenderContext context) {
        String mailto = context.config().accessRequests().mailto();
        return mailto != null ? mailto : context.config().contacts().security();
    }

    /** What the viewer says of the NDA when it asks for no acceptance. */
    static String ndaNote(PublishedGrant grant, Messages m) {
        return switch (grant.ndaAcceptance()) {
            case VIEWER -> "";
            case REQUEST -> m.text("access.nda.request");
            case AGREEMENT -> grant.ndaAgreement().map(a -> m.text("access.nda.agreementNamed", a))
                    .orElse(m.text("access.nda.agreement"));
        };
    }
}
