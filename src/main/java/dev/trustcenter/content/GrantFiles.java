package dev.trustcenter.content;

import dev.trustcenter.content.ContentFiles.Area;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Grant;
import dev.trustcenter.model.PublishedGrant;
import dev.trustcenter.model.SiteLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.trustcenter.model.Blob;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.BiFunction;

/** Reads grants/ledger.yaml and grants/index.yaml with located errors; a missing file is an empty list. */
public final class GrantFiles {

    private final ContentFiles files;
    private final YamlTree yaml = new YamlTree();

    public GrantFiles(SiteLayout layout) {
        this.files = new ContentFiles(layout);
    }

    GrantFiles(ContentFiles files) {
        this.files = files;
    }

    public List<Grant> ledger(Diagnostics diagnostics) {
        return read(files.layout().ledger(), diagnostics, LedgerReader::ledger);
    }

    public List<PublishedGrant> index(Diagnostics diagnostics) {
        return read(files.layout().grantIndex(), diagnostics, (root, d) -> LedgerReader.index(root, files, d));
    }

    /**
     * What a build publishes from: the index when there is one; otherwise the ledger, as sites made before the
     * index existed keep only the ledger.
     */
    List<PublishedGrant> forBuild(Diagnostics diagnostics) {
        if (Files.exists(files.layout().grantIndex()) || !Files.exists(files.layout().ledger())) {
            return index(diagnostics);
        }
        return ledger(diagnostics).stream()
                .map(g -> g.published(files.exists(files.layout().bundle(g.id()))))
                .toList();
    }

    /**
     * The encrypted bundles of the given grants, by id, each read with the grants/ area and size checks. A bundle
     * that is absent is left out (the grant-bundle-missing rule reports it); one that fails a check is an error.
     */
    public Map<String, Blob> bundles(List<PublishedGrant> grants, Diagnostics diagnostics) {
        Map<String, Blob> bundles = new TreeMap<>();
        for (PublishedGrant grant : grants) {
            Path bundle = files.layout().bundle(grant.id());
            if (Files.exists(bundle)) {
                files.readBlob(bundle, Area.GRANTS, diagnostics).ifPresent(blob -> bundles.put(grant.id(), blob));
            }
        }
        return bundles;
    }

    private <T> List<T> read(Path file, Diagnostics diagnostics, BiFunction<YamlNode, Diagnostics, List<T>> reader) {
        if (!Files.exists(file)) {
            return List.of();
        }
        Optional<byte[]> bytes = files.readBytes(file, Area.GRANTS, diagnostics);
        if (bytes.isEmpty()) {
            return List.of();
        }
        Optional<String> text = files.decode(bytes.get(), file, diagnostics);
        if (text.isEmpty()) {
            return List.of();
        }
        YamlTree.Result result = yaml.parse(text.get(), files.display(file), 0);
        result.error().ifPresent(e -> diagnostics.error("yaml-syntax", e.source(), e.message(), e.hint()));
        return result.root().map(root -> reader.apply(root, diagnostics)).orElse(List.of());
    }
}
