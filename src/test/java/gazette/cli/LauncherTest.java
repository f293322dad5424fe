package gazette.cli;

import gazette.cache.CacheFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@code java -jar gazette.jar} starts the JVM that does the work. */
class LauncherTest {
    @TempDir
    Path dir;

    private Path jarWithArchive() throws IOException {
        Path jar = Files.writeString(dir.resolve("gazette.jar"), "classes");
        Files.createFile(dir.resolve("gazette.jsa"));
        Files.writeString(dir.resolve("gazette.jsa.stamp"), ClassDataArchive.stamp(jar));
        return jar;
    }

    /**
     * The second JVM's command line for {@code java USERS -jar gazette.jar COMMAND}, the jar with an
     * archive beside it and the first JVM's process id 1.
     */
    private List<String> relaunch(List<String> users, String command, boolean largeFullBuild, boolean fromCache,
            boolean hugePages) throws IOException {
        Path jar = Files.exists(dir.resolve("gazette.jar")) ? dir.resolve("gazette.jar") : jarWithArchive();
        List<String> line = new ArrayList<>(users);
        line.addAll(List.of("-jar", jar.toString(), command));
        return Launcher.command("java", line, new String[] {command}, 1, largeFullBuild, fromCache, hugePages).orElseThrow();
    }

    @Test
    void aBuildRunsWithTheArchiveBesideTheJarAndC1WithTheUsersOptionsLast() throws IOException {
        String jar = jarWithArchive().toString();
        String[] args = {"build", "--drafts"};
        List<String> command = Launcher.command("/jdk/bin/java", List.of("-Xmx2g", "-jar", jar, "build", "--drafts"), args, 42, false, false, false)
                .orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-XX:SharedArchiveFile=" + dir.resolve("gazette.jsa"), "-Xshare:auto",
                "-Xlog:cds=off", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Xmx2g", "-Dgazette.launcher=42",
                "-jar", jar, "build", "--drafts"), command);
    }

    @Test
    void aBuildUsesTheSerialCollectorUnlessTheUserChoseTheHeapOrCollector() throws IOException {
        List<String> plain = relaunch(List.of(), "build", false, false, false);
        assertTrue(plain.containsAll(Launcher.ONE_SHOT_COLLECTOR), plain.toString());
        for (String users : List.of("-XX:+UseG1GC", "-Xmx64m", "-Xmn20m", "-XX:MaxRAMPercentage=50", "-XX:MaxNewSize=10m")) {
            List<String> command = relaunch(List.of(users), "build", false, false, false);
            assertFalse(command.contains("-XX:+UseSerialGC"), command.toString());
            assertTrue(command.contains(users), command.toString());
        }
        // A build from a cache, and serve, keep the default collector.
        List<String> fromCache = relaunch(List.of(), "build", false, true, false);
        assertFalse(fromCache.contains("-XX:+UseSerialGC"), fromCache.toString());
        assertTrue(fromCache.contains("-XX:TieredStopAtLevel=1"), fromCache.toString());
        List<String> serve = relaunch(List.of(), "serve", false, false, false);
        assertFalse(serve.contains("-XX:+UseSerialGC"), serve.toString());
    }

    @Test
    void serveRunsWithC1AndALargeFullBuildKeepsBothCompilers() throws IOException {
        List<String> serve = relaunch(List.of(), "serve", false, false, false);
        assertTrue(serve.contains("-XX:TieredStopAtLevel=1"), serve.toString());
        assertTrue(serve.contains("-XX:SharedArchiveFile=" + dir.resolve("gazette.jsa")), serve.toString());
        List<String> large = relaunch(List.of(), "build", true, false, false);
        assertFalse(large.contains("-XX:TieredStopAtLevel=1"), large.toString());
        assertTrue(large.containsAll(Launcher.LARGE_BUILD_COMPILER), large.toString());
    }

    @Test
    void onlyShortRunsGetOneCompilerThread() throws IOException {
        for (boolean fromCache : new boolean[] {false, true}) {
            List<String> small = relaunch(List.of(), "build", false, fromCache, false);
            assertTrue(small.contains(Launcher.ONE_COMPILER_THREAD), small.toString());
        }
        // A large full build repays the second compiler thread; serve runs for hours.
        List<String> large = relaunch(List.of(), "build", true, false, false);
        assertFalse(large.contains(Launcher.ONE_COMPILER_THREAD), large.toString());
        List<String> serve = relaunch(List.of(), "serve", false, false, false);
        assertFalse(serve.contains(Launcher.ONE_COMPILER_THREAD), serve.toString());
    }

    @Test
    void aUsersCompilerOptionLeavesTheCompilerThreadCountToTheJvm() throws IOException {
        // Both compilers with one compiler thread: the JVM would refuse to start.
        for (String users : List.of("-XX:TieredStopAtLevel=4", "-XX:+TieredCompilation", "-XX:CICompilerCount=3")) {
            List<String> command = relaunch(List.of(users), "build", false, false, false);
            assertFalse(command.contains(Launcher.ONE_COMPILER_THREAD), command.toString());
            assertTrue(command.indexOf(users) > command.indexOf("-XX:TieredStopAtLevel=1"), "the user's option comes last and wins");
        }
    }

    @Test
    void oneShotCommandsAskForHugePagesWhereTheKernelGivesThemOnRequest() throws IOException {
        for (String command : List.of("build", "check", "new", "import")) {
            assertTrue(relaunch(List.of(), command, false, false, true).contains(Launcher.HUGE_PAGES), command);
            assertFalse(relaunch(List.of(), command, false, false, false).contains(Launcher.HUGE_PAGES), command);
        }
        List<String> large = relaunch(List.of(), "build", true, false, true);
        assertTrue(large.contains(Launcher.HUGE_PAGES), large.toString());
        List<String> serve = relaunch(List.of(), "serve", false, false, true);
        assertFalse(serve.contains(Launcher.HUGE_PAGES), serve.toString());
    }

    @Test
    void anArchiveWhoseStampDoesNotFitTheJarIsNotNamed() throws IOException {
        Path jar = jarWithArchive();
        Files.writeString(jar, "classes of a later package step");
        List<String> command = relaunch(List.of(), "build", false, false, false);
        assertTrue(command.stream().noneMatch(o -> o.contains("SharedArchive") || o.contains("Xshare")), command.toString());
        // The rest of the tuning stays.
        assertTrue(command.contains("-XX:TieredStopAtLevel=1"), command.toString());
    }

    @Test
    void nothingIsRelaunchedWithoutAJarLineOrWithNothingToChange() {
        String[] serve = {"serve"};
        assertEquals(Optional.empty(), Launcher.command("java", List.of("-cp", "classes", "gazette.cli.Gazette", "serve"), serve, 1, false, false, false));
        // No archive beside the jar, and a command that is tuned in no way: the same JVM would start.
        assertEquals(Optional.empty(), Launcher.command("java", List.of("-jar", dir.resolve("none.jar").toString(), "--version"),
                new String[] {"--version"}, 1, false, false, false));
        // The line must end with Gazette's own arguments.
        assertEquals(Optional.empty(), Launcher.command("java", List.of("-jar", "g.jar", "build", "x"), new String[] {"build"}, 1, false, false, false));
    }

    @Test
    void aLargeFullBuildIsABuildOfManySourcesWithoutACacheOrWithClean() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (int i = 0; i <= Launcher.LARGE_SITE; i++) {
            Files.createFile(seeds.resolve("a" + i + ".md"));
        }
        String source = "--source=" + seeds;
        String output = dir.resolve("out").toString();
        assertTrue(Launcher.largeFullBuild(new String[] {"build", source, "--output", output}));
        Path cache = dir.resolve(".out.gazette-cache");
        Files.write(cache, "gazette-cache 2 written by an older Gazette\n".getBytes(StandardCharsets.UTF_8));
        assertFalse(Launcher.fromCache(new String[] {"build", source, "--output", output}), "another Gazette's cache is not used");
        assertTrue(Launcher.largeFullBuild(new String[] {"build", source, "--output", output}), "so the build is a full one");
        Files.write(cache, CacheFile.header());
        assertFalse(Launcher.largeFullBuild(new String[] {"build", source, "--output", output}), "with a cache it is incremental");
        assertTrue(Launcher.fromCache(new String[] {"build", source, "--output", output}));
        assertFalse(Launcher.fromCache(new String[] {"build", "--clean", source, "--output", output}));
        assertFalse(Launcher.fromCache(new String[] {"check", source, "--output", output}));
        assertTrue(Launcher.largeFullBuild(new String[] {"build", "--clean", source, "--output", output}));
        assertTrue(Launcher.largeFullBuild(new String[] {"check", source}), "check builds every page");
        assertFalse(Launcher.largeFullBuild(new String[] {"serve", source}));
        Files.delete(seeds.resolve("a0.md"));
        assertFalse(Launcher.largeFullBuild(new String[] {"build", "--clean", source, "--output", output}), "a small site");
    }

    @Test
    void aJvmReadingFileNamesAsAsciiStartsTheSecondInALocaleEveryMachineHas() {
        Map<String, String> environment = new HashMap<>(Map.of("LC_ALL", "POSIX", "LC_MESSAGES", "de_DE", "PATH", "/bin"));
        Launcher.useUtf8FileNames(environment, "ANSI_X3.4-1968");
        assertEquals(Map.of("LC_ALL", "C.UTF-8", "LC_MESSAGES", "de_DE", "PATH", "/bin"), environment);

        // A LANG the machine lacks made the C library drop the whole locale, a UTF-8 character type too.
        Map<String, String> missing = new HashMap<>(Map.of("LANG", "en_US.UTF-8", "PATH", "/bin"));
        Launcher.useUtf8FileNames(missing, "ANSI_X3.4-1968");
        assertEquals(Map.of("LC_ALL", "C.UTF-8", "LANG", "en_US.UTF-8", "PATH", "/bin"), missing);
    }

    @Test
    void aJvmReadingFileNamesAsUtf8LeavesTheEnvironmentAsItIs() {
        Map<String, String> environment = new HashMap<>(Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "C"));
        Launcher.useUtf8FileNames(environment, "UTF-8");
        assertEquals(Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "C"), environment);
    }
}
