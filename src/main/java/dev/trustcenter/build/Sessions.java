package dev.trustcenter.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sessions of a resident build process, one per site (by its site-config.yaml), so that a build reuses what
 * the site's last build read and rendered, as `serve` does. Only the most recently built sites are kept.
 */
public final class Sessions {

    private final int limit;
    private final Map<Path, SiteBuild.Session> bySite;

    /** @param limit how many sites' sessions to keep; the least recently built one goes first */
    public Sessions(int limit) {
        this.limit = limit;
        this.bySite = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The session of the site whose configuration is {@code config}, new if none is kept. */
    public synchronized SiteBuild.Session of(Path config) {
        Path site = config.toAbsolutePath().normalize();
        SiteBuild.Session session = bySite.computeIfAbsent(site, s -> new SiteBuild.Session());
        while (bySite.size() > limit) {
            bySite.remove(bySite.keySet().iterator().next());
        }
        return session;
    }
}
