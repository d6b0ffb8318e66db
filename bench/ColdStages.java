// How long each stage of one cold build takes, by wall clock from the JVM's start: run it with the flags
// bin/trustcenter uses. Not part of the test suite.
//
//   javac -cp target/trustcenter.jar -d target/bench bench/ColdStages.java && \
//   java -XX:SharedArchiveFile=target/trustcenter.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
//       -cp target/trustcenter.jar:target/bench ColdStages SITE/site-config.yaml [cache]
//
// (Compiled first: run as a source file, the compilation would count as start-up.)

import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.BuildRequest;
import dev.trustcenter.build.SiteBuild;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

public class ColdStages {
    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long[] last = {System.currentTimeMillis()};
        StringBuilder stages = new StringBuilder("start to main " + (last[0] - jvmStart) + " ms");
        String[] current = {"setup"};
        LocalDate day = LocalDate.parse("2026-11-22");
        Path output = Files.createTempDirectory("trustcenter-stages");
        SiteBuild.Result result = SiteBuild.build(BuildRequest.of(Path.of(args[0]), new BuildDates(day, day))
                .caching(args.length > 1).writingTo(Optional.of(output.resolve("out"))).reporting(stage -> {
                    long now = System.currentTimeMillis();
                    stages.append("; ").append(current[0]).append(' ').append(now - last[0]).append(" ms");
                    current[0] = stage.split(" ")[0];
                    last[0] = now;
                }));
        long end = System.currentTimeMillis();
        stages.append("; ").append(current[0]).append(' ').append(end - last[0]).append(" ms");
        System.out.println(stages + "; total " + (end - jvmStart) + " ms" + (result.ok() ? "" : " (failed)"));
    }
}
