package dev.trustcenter.render;

import dev.trustcenter.model.Grant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * access/ID/index.html for every grant active as of the build: a viewer page that carries the encrypted bundle
 * and decrypts it in the browser with the key from the link's fragment. The page makes no request after loading,
 * so the key goes nowhere. Expired and revoked grants are not published.
 */
final class AccessPages implements PageSet {

    @Override
    public List<OutputFile> render(RenderContext context) {
        List<OutputFile> files = new ArrayList<>();
        for (Grant grant : context.site().grants()) {
            if (grant.state(context.posture().asOf()) != Grant.State.ACTIVE) {
                continue;
            }
            Path bundle = context.siteRoot().resolve("grants").resolve(grant.id() + ".bundle");
            String sealed = Base64.getEncoder().encodeToString(read(bundle));
            files.add(context.page("access/" + grant.id() + "/index.html", null, "access",
                    "Confidential documents", "Confidential documents shared under NDA.",
                    Map.of("bundle", sealed, "contact", context.config().contacts().security())));
        }
        return files;
    }

    private static byte[] read(Path bundle) {
        try {
            return Files.readAllBytes(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
