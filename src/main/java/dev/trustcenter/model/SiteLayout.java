package dev.trustcenter.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Where everything of one site lives on disk (SPEC §2). The folder names are spelt here and nowhere else; every
 * other class asks the layout.
 *
 * @param root the folder of site-config.yaml
 */
public record SiteLayout(Path root) {

    public static final String CONFIG = "site-config.yaml";

    public SiteLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** The layout of the site whose configuration file is {@code configFile}. */
    public static SiteLayout ofConfig(Path configFile) {
        return new SiteLayout(configFile.toAbsolutePath().normalize().getParent());
    }

    public Path config() {
        return root.resolve(CONFIG);
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path contentFile(String name) {
        return content().resolve(name);
    }

    /** content/assets/: the logo and images, published under assets/. */
    public Path assets() {
        return content().resolve("assets");
    }

    /** content/documents/: the files of the public documents, published under documents/. */
    public Path publicDocuments() {
        return content().resolve("documents");
    }

    /** content/documents.lock.yaml: the recorded digests of gated files, for builds without private/. */
    public Path documentsLock() {
        return content().resolve("documents.lock.yaml");
    }

    /** private/: the gated originals; never published. */
    public Path privateFiles() {
        return root.resolve("private");
    }

    /** grants/: the ledger, the public grant index and the encrypted bundles. */
    public Path grants() {
        return root.resolve("grants");
    }

    public Path bundle(String grantId) {
        return grants().resolve(grantId + ".bundle");
    }

    /** grants/ledger.yaml: who received what; it names people, so it stays out of public repositories. */
    public Path ledger() {
        return grants().resolve("ledger.yaml");
    }

    /** grants/index.yaml: which grants exist and until when, without names; what a build publishes from. */
    public Path grantIndex() {
        return grants().resolve("index.yaml");
    }

    /** grants/.lock: held while the ledger and index are read, changed and replaced. */
    public Path grantsLock() {
        return grants().resolve(".lock");
    }

    public Path themes() {
        return root.resolve("themes");
    }

    public Path theme(String name) {
        return themes().resolve(name);
    }

    /** The folders a build reads from; an output folder must never be one of them or hold one. */
    public List<Path> sourceFolders() {
        return List.of(content(), privateFiles(), themes(), grants());
    }

    /** Folders whose files are never published, whatever links point to them. */
    public List<Path> confidentialFolders() {
        return List.of(privateFiles(), grants());
    }

    /** The name a user sees in messages: relative to the site folder, with forward slashes. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return relative.toString().replace('\\', '/');
    }
}
