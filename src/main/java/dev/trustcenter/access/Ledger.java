package dev.trustcenter.access;

import dev.trustcenter.content.GrantFiles;
import dev.trustcenter.diagnostics.Diagnostics;
import dev.trustcenter.model.Grant;
import dev.trustcenter.model.PublishedGrant;
import dev.trustcenter.model.SiteLayout;
import dev.trustcenter.publish.YamlFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Keeps grants/ledger.yaml, the audit trail of who received what under which NDA, and grants/index.yaml, the
 * name-free list of grant ids and dates that builds publish from. Entries are only appended or marked revoked,
 * never removed. Every change holds an exclusive lock on grants/.lock from reading to replacing both files, so
 * grants made at the same time all land; each file is replaced in one move, so a crash cannot leave it half written.
 */
public final class Ledger {

    static final String LEDGER_HEADER = """
            # trustcenter grants ledger: who received which confidential documents, under which NDA, until when.
            # Written by "trustcenter grant" and "trustcenter revoke". It names recipients: keep it out of a public
            # repository (trustcenter init git-ignores it) and back it up privately. The keys are in no file.
            """;

    static final String INDEX_HEADER = """
            # trustcenter grant index: which access links a build publishes, and until when. It names no one and
            # holds no key, so commit it with the bundles. Written by "trustcenter grant" and "trustcenter revoke".
            """;

    /** The ledger or index could not be read as it is; nothing was written. */
    public static final class Unreadable extends Exception {
        private final transient Diagnostics diagnostics;

        Unreadable(Diagnostics diagnostics) {
            super("the grants ledger or index has errors", null, false, false);
            this.diagnostics = diagnostics;
        }

        public Diagnostics diagnostics() {
            return diagnostics;
        }
    }

    /** File locks guard against other processes; this guards against other threads of this one. */
    private static final Object IN_PROCESS = new Object();

    private final SiteLayout layout;

    public Ledger(SiteLayout layout) {
        this.layout = layout;
    }

    /** Records a new grant. */
    public void append(Grant grant) throws IOException, Unreadable {
        update(grants -> {
            List<Grant> more = new ArrayList<>(grants);
            more.add(grant);
            return more;
        });
    }

    /** Marks a grant revoked as of {@code day}; the grant as it now stands, or empty if there is no such grant. */
    public Optional<Grant> revoke(String id, LocalDate day) throws IOException, Unreadable {
        List<Optional<Grant>> found = new ArrayList<>(List.of(Optional.empty()));
        update(grants -> grants.stream().map(g -> {
            if (!g.id().equals(id)) {
                return g;
            }
            Grant revoked = g.revoked().isPresent() ? g : g.revokedOn(day);
            found.set(0, Optional.of(revoked));
            return revoked;
        }).toList());
        return found.get(0);
    }

    /** Reads both files, applies the change, and writes both, all under the lock. */
    private void update(UnaryOperator<List<Grant>> change) throws IOException, Unreadable {
        Files.createDirectories(layout.grants());
        synchronized (IN_PROCESS) {
            locked(change);
        }
    }

    private void locked(UnaryOperator<List<Grant>> change) throws IOException, Unreadable {
        try (FileChannel channel = FileChannel.open(layout.grantsLock(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            Diagnostics diagnostics = new Diagnostics();
            GrantFiles files = new GrantFiles(layout);
            List<Grant> ledger = files.ledger(diagnostics);
            List<PublishedGrant> index = files.index(diagnostics);
            if (diagnostics.hasErrors()) {
                throw new Unreadable(diagnostics);
            }
            List<Grant> changed = change.apply(ledger);
            YamlFiles.write(layout.ledger(), LEDGER_HEADER, changed.stream().map(LedgerFormat.Entry::of).toList());
            YamlFiles.write(layout.grantIndex(), INDEX_HEADER, LedgerFormat.index(index, changed));
        }
    }
}
