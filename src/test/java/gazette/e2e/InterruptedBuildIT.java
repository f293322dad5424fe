package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C in a terminal while {@code java -jar gazette.jar build} publishes: SIGINT reaches both the
 * launcher's JVM and the one it started, and the site must come out whole, the build's publishing
 * step finished, not thousands of stale pages beside new ones. Run by failsafe after the package step.
 */
class InterruptedBuildIT {
    private static final Path JAR = Path.of(System.getProperty("gazette.jar", "target/gazette.jar")).toAbsolutePath();
    private static final String ARTICLE = "seeds/2013-06-30-cameron-first-pm-in-kazakhstan.md";

    @TempDir
    Path dir;

    @Test
    void ctrlCWhilePublishingLeavesTheWholeNewSite() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")),
                "needs kill(1) to send SIGINT");
        TestSite site = TestSite.seedCopy(Files.createDirectory(dir.resolve("site")));
        String original = Files.readString(site.root().resolve(ARTICLE));
        // 5,000 tag pages: deleting them takes long enough to be interrupted part way (it was, before).
        String tags = IntStream.range(0, 5000).mapToObj(i -> "t" + i).collect(Collectors.joining(", ", "tags: [", "]"));
        site.write(ARTICLE, original.replaceFirst("(?m)^tags: .*$", tags));
        assertEquals(0, start(site.root()).waitFor());
        site.write(ARTICLE, original);

        Process build = start(site.root());
        // The build drops its cache just before it publishes: that is when Ctrl-C must not cut it short.
        Path cache = site.root().resolve(".site-output.gazette-cache");
        while (build.isAlive() && Files.exists(cache)) {
            Thread.sleep(1);
        }
        List<ProcessHandle> jvms = Stream.concat(build.toHandle().children(), Stream.of(build.toHandle())).toList();
        for (ProcessHandle jvm : jvms) { // as a terminal does: the whole foreground group
            new ProcessBuilder("kill", "-INT", Long.toString(jvm.pid())).start().waitFor();
        }
        assertTrue(build.waitFor(2, TimeUnit.MINUTES), "the interrupted build did not stop");

        TestSite expected = TestSite.seedCopy(Files.createDirectory(dir.resolve("expected"))).build("--clean");
        assertEquals(String.join("\n", tree(expected.output()).keySet()), String.join("\n", tree(site.output()).keySet()),
                "the files and folders of a whole clean build");
        assertTrue(tree(expected.output()).equals(tree(site.output())), "a clean build's bytes");
        try (Stream<Path> beside = Files.list(site.root())) {
            assertEquals(List.of(), beside.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".changed") || name.endsWith(".staging")).toList(), "nothing left beside it");
        }
        assertEquals(0, start(site.root()).waitFor(), "the next build builds");
        assertFalse(Files.exists(site.output().resolve("tags/t0")));
    }

    @Test
    void twoBuildsAtOnceIntoANewFolderTakeTurnsAndLeaveTheWholeSite() throws Exception {
        TestSite site = TestSite.seedCopy(Files.createDirectory(dir.resolve("site")));
        String original = Files.readString(site.root().resolve(ARTICLE));
        String tags = IntStream.range(0, 3000).mapToObj(i -> "t" + i).collect(Collectors.joining(", ", "tags: [", "]"));
        site.write(ARTICLE, original.replaceFirst("(?m)^tags: .*$", tags));
        // Both wrote through one staging folder, each deleting the other's files: one said it built the
        // site over a third of it.
        Process first = start(site.root());
        Process second = start(site.root());
        assertEquals(0, first.waitFor(), "the first build");
        assertEquals(0, second.waitFor(), "the second build");

        TestSite expected = TestSite.seedCopy(Files.createDirectory(dir.resolve("expected")));
        expected.write(ARTICLE, original.replaceFirst("(?m)^tags: .*$", tags)).build();
        assertEquals(String.join("\n", tree(expected.output()).keySet()), String.join("\n", tree(site.output()).keySet()),
                "the files and folders of a whole build");
    }

    /** Starts {@code java -jar gazette.jar build} in {@code folder}, its output discarded. */
    private static Process start(Path folder) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "build").directory(folder.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().remove("GAZETTE_NO_RELAUNCH");
        return builder.start();
    }

    /** Every file (with its bytes as text) and folder (as "/") below {@code root}. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                all.put(root.relativize(p).toString().replace('\\', '/'), Files.isDirectory(p) ? "/" : Files.readString(p));
            }
        }
        return all;
    }
}
