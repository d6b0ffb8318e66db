// How long each stage of a `serve` rebuild takes after one policy's title changed (as bench/run.sh changes it), in
// one JVM as serve runs it, with the session told what changed as serve's watcher tells it: the first rebuilds (what
// a user saving a file sees) and later ones (once the JIT has compiled the paths). Not part of the test suite.
//
//   javac -cp target/trustcenter.jar -d target/bench bench/ServeStages.java && \
//   java -XX:+UseSerialGC -cp target/trustcenter.jar:target/bench ServeStages SITE/site-config.yaml [REBUILDS] [body]
//
// With "body", the policy's text changes instead of its title, so the policies index and trust.json stay as they were.

import dev.trustcenter.build.BuildDates;
import dev.trustcenter.build.BuildRequest;
import dev.trustcenter.build.SiteBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public class ServeStages {
    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        int rebuilds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean body = args.length > 2 && args[2].equals("body");
        LocalDate day = LocalDate.parse("2026-11-22");
        SiteBuild.Session session = new SiteBuild.Session();
        Path policy;
        try (Stream<Path> files = Files.list(config.resolveSibling("content/policies"))) {
            policy = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(policy);
        Path site = config.toAbsolutePath().getParent();
        session.watch(List.of(config.toAbsolutePath(), site.resolve("content"), site.resolve("private"),
                site.resolve("themes"), site.resolve("grants")));
        try {
            for (int i = 0; i <= rebuilds; i++) {
                if (i > 0) {
                    Files.writeString(policy, body ? original + "\nSaved " + i + ".\n"
                            : original.replaceFirst("(?m)^title: .*", "title: Rebuild marker " + i));
                    session.changed(List.of(policy));
                }
                List<String> stages = new ArrayList<>();
                long[] last = {System.nanoTime()};
                long start = last[0];
                String[] current = {"load"};
                SiteBuild.Result result = SiteBuild.render(BuildRequest.of(config, new BuildDates(day, day))
                        .caching(true).in(session).reporting(stage -> {
                            long now = System.nanoTime();
                            stages.add(current[0] + " " + (now - last[0]) / 1_000_000);
                            current[0] = stage.split(" ")[0];
                            last[0] = now;
                        }));
                long end = System.nanoTime();
                stages.add(current[0] + " " + (end - last[0]) / 1_000_000);
                System.out.println((i == 0 ? "first build" : "rebuild " + i) + ": " + (end - start) / 1_000_000
                        + " ms (" + String.join(", ", stages.subList(1, stages.size())) + ")"
                        + (result.ok() ? "" : " failed"));
            }
        } finally {
            Files.writeString(policy, original);
        }
    }
}
