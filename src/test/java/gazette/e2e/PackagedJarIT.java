package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar as the README runs it: {@code java -jar target/gazette.jar build} in a site's
 * folder, so through the launcher's second JVM with its class-data archive, and with the built-in
 * theme read from inside the jar, where the in-process tests read it from {@code target/classes}.
 * Run by failsafe after the package step ({@code mvn verify}).
 */
class PackagedJarIT {
    private static final Path JAR = Path.of(System.getProperty("gazette.jar", "target/gazette.jar")).toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theJarBuildsTheSeedSiteExactlyAsTheInProcessBuildDoes() throws Exception {
        TestSite fromJar = TestSite.seedCopy(Files.createDirectory(dir.resolve("jar")));
        Result run = gazette(fromJar.root(), "build", "--clean");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err(), "no warnings, from Gazette or from the JVM options the launcher chose");
        assertTrue(run.out().matches("Built \\d+ files \\(\\d+ written\\) from 2 articles in \\d+ ms into site-output/\\R"), run.out());

        TestSite inProcess = TestSite.seedCopy(Files.createDirectory(dir.resolve("classes"))).build("--clean");
        List<String> files = fromJar.outputFiles();
        assertEquals(inProcess.outputFiles(), files);
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(inProcess.output().resolve(file)), Files.readAllBytes(fromJar.output().resolve(file)), file);
        }
        // The theme's files came out of the jar, under hashed names.
        for (String asset : List.of("style", "search", "favicon", "lunr")) {
            assertTrue(files.stream().anyMatch(f -> f.matches("assets/" + asset + "\\.[0-9a-f]{10}\\.(css|js|svg)")), asset + " in " + files);
        }
    }

    @Test
    void aBrokenArticleExitsWithOneAndLeavesTheLastSiteAsItWas() throws Exception {
        TestSite site = TestSite.seedCopy(Files.createDirectory(dir.resolve("site")));
        assertEquals(0, gazette(site.root(), "build").code());
        List<String> before = site.outputFiles();
        String home = site.text("index.html");

        site.write("seeds/bad.md", "---\ndate: 2013-07-01\n---\nBody\n");
        Result run = gazette(site.root(), "build");
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains("seeds/bad.md:2:1: missing required key 'title'"), run.err());
        assertEquals(before, site.outputFiles());
        assertEquals(home, site.text("index.html"));
    }

    @Test
    void aWrongOptionIsAUsageErrorWithExitCodeTwo() throws Exception {
        Result run = gazette(dir, "build", "--no-such-option");
        assertEquals(2, run.code(), run.out());
        assertTrue(run.err().contains("--no-such-option"), run.err());
    }

    @Test
    void theUsersOwnJvmOptionsReachTheBuildAndWin() throws Exception {
        TestSite site = TestSite.seedCopy(Files.createDirectory(dir.resolve("options")));
        // Both compilers, where the launcher would choose C1 with one compiler thread: the JVM must still start.
        Result run = gazette(site.root(), List.of("-XX:TieredStopAtLevel=4", "-Xmx256m"), "build", "--clean");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(site.exists("index.html"));
    }

    @Test
    void theBuildMapsTheClassesOfTheArchiveMadeAtPackageTime() throws Exception {
        TestSite site = TestSite.seedCopy(Files.createDirectory(dir.resolve("archive")));
        // The user's logging option reaches the second JVM, which prints where each class came from.
        Result run = gazette(site.root(), List.of("-Xlog:class+load=info"), "build");
        assertEquals(0, run.code(), run.err());
        for (String name : List.of("picocli.CommandLine", "gazette.build.IncrementalBuild", "com.vladsch.flexmark.parser.Parser",
                "freemarker.template.Configuration", "org.snakeyaml.engine.v2.api.LoadSettings")) {
            assertTrue(run.out().contains("] " + name + " source: shared objects file"), name + " from the archive");
        }
    }

    @Test
    void aSeedFileNamedInCyrillicBuildsOnAMachineWhoseLocaleReadsFileNamesAsAscii() throws Exception {
        TestSite site = TestSite.seedCopy(Files.createDirectory(dir.resolve("locale")));
        site.write("seeds/2013-06-30-визит в Алматы.md", "---\ntitle: Визит\ndate: 2013-06-30\n---\n\nText.\n");
        // As on a fresh machine or in a container with no locale set: the JVM started by `java -jar`
        // reads file names as ASCII.
        Result run = gazette(site.root(), List.of(), Map.of("LC_ALL", "C"), "build");
        assertEquals(0, run.code(), run.err());
        assertTrue(site.exists("articles/vizit-v-almaty/index.html"), site.outputFiles().toString());
    }

    @Test
    void aSeedFileNamedInCyrillicBuildsWhenTheUsersLocaleIsOneTheMachineLacks() throws Exception {
        TestSite site = TestSite.seedCopy(Files.createDirectory(dir.resolve("missing-locale")));
        site.write("seeds/2013-06-30-визит.md", "---\ntitle: Визит\ndate: 2013-06-30\n---\n\nText.\n");
        // Common in containers and CI: LANG names a UTF-8 locale that is not installed, so the C library
        // falls back to ASCII; a character type of C.UTF-8 alone did not help then.
        String missing = "xx_XX.UTF-8";
        Result run = gazette(site.root(), List.of(), Map.of("LANG", missing, "LC_ALL", ""), "build");
        assertEquals(0, run.code(), run.err());
        assertTrue(site.exists("articles/vizit/index.html"), site.outputFiles().toString());
    }

    private record Result(int code, String out, String err) {
    }

    /** Runs {@code java -jar gazette.jar ARGS} in {@code folder}, as a user would, and waits for it. */
    private Result gazette(Path folder, String... args) throws IOException, InterruptedException {
        return gazette(folder, List.of(), args);
    }

    /** As {@link #gazette(Path, String...)}, with JVM options before {@code -jar}. */
    private Result gazette(Path folder, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return gazette(folder, jvmOptions, Map.of(), args);
    }

    /** As {@link #gazette(Path, List, String...)}, with these variables set in its environment. */
    private Result gazette(Path folder, List<String> jvmOptions, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is made by the package step");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("GAZETTE_NO_RELAUNCH");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "gazette " + String.join(" ", args) + " did not finish");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
