package dev.trustcenter.build;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One build, as asked for: the site (its site-config.yaml), the dates, whether warnings fail it, where to write
 * (empty: site.output), whom to tell each stage as it starts, the `serve` session to reuse, if any, and whether
 * Markdown renderings are kept on disk between processes.
 * {@code BuildRequest.of(config, dates).strict(true).writingTo(dir)}.
 */
public record BuildRequest(Path config, BuildDates dates, boolean strict, Optional<Path> output,
                           Consumer<String> progress, Optional<SiteBuild.Session> session, boolean cache) {

    public static BuildRequest of(Path config, BuildDates dates) {
        return new BuildRequest(config, dates, false, Optional.empty(), stage -> { }, Optional.empty(), false);
    }

    /** Keep Markdown renderings in the site's .trustcenter/cache/ between processes (the commands do, unless --no-cache). */
    public BuildRequest caching(boolean onDisk) {
        return new BuildRequest(config, dates, strict, output, progress, session, onDisk);
    }

    public BuildRequest strict(boolean warningsFail) {
        return new BuildRequest(config, dates, warningsFail, output, progress, session, cache);
    }

    /** Write here instead of site.output. */
    public BuildRequest writingTo(Optional<Path> folder) {
        return new BuildRequest(config, dates, strict, folder, progress, session, cache);
    }

    public BuildRequest reporting(Consumer<String> stages) {
        return new BuildRequest(config, dates, strict, output, stages, session, cache);
    }

    public BuildRequest in(SiteBuild.Session serveSession) {
        return new BuildRequest(config, dates, strict, output, progress, Optional.of(serveSession), cache);
    }
}
