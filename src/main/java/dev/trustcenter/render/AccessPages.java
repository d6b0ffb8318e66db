package dev.trustcenter.render;

import dev.trustcenter.model.Blob;
import dev.trustcenter.model.PublishedGrant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * access/ID/index.html for every grant active as of the build: a viewer page that carries the encrypted bundle
 * and decrypts it in the browser with the key from the link's fragment. The page makes no request after loading,
 * so the key goes nowhere. Pending, expired and revoked grants are not published; the bundles of active ones were
 * read, with their checks, before render.
 */
final class AccessPages implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        List<OutputFile> files = new ArrayList<>();
        for (PublishedGrant grant : context.site().grants()) {
            Blob bundle = context.bundles().get(grant.id());
            if (grant.state(context.posture().asOf()) != PublishedGrant.State.ACTIVE || bundle == null) {
                continue;
            }
            String sealed = Base64.getEncoder().encodeToString(bundle.bytes());
            files.add(context.page("access/" + grant.id() + "/index.html", null, "access",
                    "Confidential documents", "Confidential documents shared under NDA.",
                    Map.of("bundle", sealed, "contact", context.config().contacts().security())));
        }
        return files;
    }
}
