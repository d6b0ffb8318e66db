package dev.trustcenter.cli;

import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.SiteBuild;
import dev.trustcenter.content.SiteLoader;
import dev.trustcenter.model.SiteLayout;
import dev.trustcenter.model.TrustCenter;
import dev.trustcenter.publish.DocumentLockFile;
import picocli.CommandLine.Help.Ansi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every command that reads a site shares. */
final class SiteOptions {

    private final Invocation invocation;

    SiteOptions() {
        this(Invocation.ofProcess());
    }

    SiteOptions(Invocation invocation) {
        this.invocation = invocation;
    }

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = "site-config.yaml",
            description = "The site configuration; content/ sits beside it. Default: ${DEFAULT-VALUE}.")
    Path config;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Compute statuses as of this date (YYYY-MM-DD). Default: SOURCE_DATE_EPOCH's date, else today.")
    LocalDate asOf;

    Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /** The build's dates: --as-of, SOURCE_DATE_EPOCH, today; a malformed SOURCE_DATE_EPOCH is a usage error. */
    BuildDates dates() {
        try {
            return BuildDates.resolve(asOf(), invocation.env(BuildDates.SOURCE_DATE_EPOCH),
                    Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage(e.getMessage());
        }
    }

    /** Whether findings are coloured for whoever reads them. */
    Ansi ansi() {
        return invocation.ansi();
    }

    /** The session the resident build process keeps for this site; empty in a process of its own. */
    Optional<SiteBuild.Session> session() {
        return invocation.sessions().map(sessions -> sessions.of(config));
    }

    /** The loaded site, or empty with its findings printed, for commands that read content but build nothing. */
    Optional<TrustCenter> load(PrintWriter err) {
        SiteLoader.Result loaded = new SiteLoader().load(config);
        DocumentLockFile.record(layout(), loaded.lockUpdate(), err);
        if (loaded.trustCenter().isEmpty()) {
            DiagnosticPrinter.print(loaded.diagnostics(), DiagnosticPrinter.Format.TEXT, ansi(), err);
        }
        return loaded.trustCenter();
    }

    /** Where the site's folders are: content/, private/ and grants/ sit beside site-config.yaml. */
    SiteLayout layout() {
        return SiteLayout.ofConfig(config);
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write YYYY-MM-DD, "
                        + "for example 2026-08-15");
            }
        }
    }
}
