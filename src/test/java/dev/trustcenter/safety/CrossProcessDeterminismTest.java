package dev.trustcenter.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.JavaProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 §5: five builds of the same input, each in a JVM of its own, are byte-identical. One JVM cannot show
 * this: Map.of and Set.of iterate in an order seeded per process.
 */
class CrossProcessDeterminismTest {

    static final int PROCESSES = 5;
    /** 2026-11-22T12:00:00Z: fixes the build date as CI does. */
    static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1795348800");

    @TempDir
    Path folder;

    /** Every file of a folder with its SHA-256, by path. */
    static Map<String, String> digests(Path root) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(file).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return digests;
    }

    void assertIdenticalAcrossProcesses(Path site) throws Exception {
        List<Process> builds = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            builds.add(JavaProcess.builder(site, ENV, "build", "-q", "--as-of", "2026-11-22", "-o",
                    folder.resolve("out-" + i).toString()).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("build-" + i + ".log").toFile()).start());
            if (builds.size() == 2) {
                // Two at a time: the machine has two cores.
                waitFor(builds.remove(0), i - 1);
            }
        }
        for (int i = 0; i < builds.size(); i++) {
            waitFor(builds.get(i), PROCESSES - builds.size() + i);
        }
        Map<String, String> first = digests(folder.resolve("out-0"));
        assertTrue(first.size() > 20, first.keySet().toString());
        for (int i = 1; i < PROCESSES; i++) {
            assertEquals(first, digests(folder.resolve("out-" + i)), "build " + i + " differs from build 0");
        }
    }

    void waitFor(Process build, int i) throws IOException, InterruptedException {
        assertTrue(build.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, build.exitValue(), Files.readString(folder.resolve("build-" + i + ".log")));
    }

    @Test
    void theExampleIsByteIdenticalInFiveProcesses() throws Exception {
        Path site = copyOfExample();
        assertIdenticalAcrossProcesses(site);
    }

    @Test
    void aSiteWithGrantsIsByteIdenticalInFiveProcesses() throws Exception {
        Path site = copyOfExample();
        for (String who : List.of("jane", "omar")) {
            var run = JavaProcess.run(site, folder.resolve("logs"), ENV, "grant", "--doc", "soc2-type2-2026", "--to",
                    who + "@acme-corp.com", "--name", who, "--company", "Acme Corp");
            assertEquals(0, run.exit(), run.err());
        }
        assertIdenticalAcrossProcesses(site);
        assertTrue(digests(folder.resolve("out-0")).keySet().stream().anyMatch(p -> p.startsWith("access/")),
                "the grants are published");
    }

    /** The repository's example, copied so that grants can be made in it. */
    Path copyOfExample() {
        return dev.trustcenter.TestSite.copyOfExample(folder.resolve("site"));
    }
}
