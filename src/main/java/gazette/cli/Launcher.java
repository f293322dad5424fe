package gazette.cli;

import gazette.cache.CacheFile;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The jar's entry point: starts Gazette again in a JVM set up for it, when it was started as
 * {@code java -jar gazette.jar}, whose command line can carry no JVM options; else runs
 * {@link Gazette#main} here. It loads nothing of Gazette's until it knows which JVM does the work.
 *
 * <p>Why: a build is a short run, and the JVM's defaults are made for long ones. Profiles showed a
 * third to a half of a build's CPU going to the optimising (C2) compiler on code that then ran for a
 * few seconds, and most of a small site's build going to loading and verifying classes. So the
 * second JVM maps the class-data archive made beside the jar at package time ({@code gazette.jsa},
 * see {@link ClassDataArchive}), and compiles with C1 alone, except for a full build of a large site, long
 * enough to repay the optimising compiler if it is kept to the hottest code ({@link #LARGE_BUILD_COMPILER}).
 * Commands that run once and exit, a build from a cache aside, use the serial collector with a small
 * young generation: on two cores G1's concurrent threads competed with the build, and its heap grew to
 * three times what the build kept alive ({@link #ONE_SHOT_COLLECTOR}). {@code serve} runs for hours, but on a large site its first
 * build leaves C2 a backlog of seconds of CPU that, on a two-core machine, competed with the next
 * minute of rebuilds: on 10,000 articles, save-to-served over 20 edits (bench/ServeLatency.java, three
 * runs each, alternated) had medians of 152–159 ms with both compilers and 119–144 ms with C1 alone,
 * and p90s of 206–298 ms against 159–189 ms; it keeps G1, whose pauses stay short with a large resident site. The
 * first JVM only starts the second, passes its exit code on, and stops it when it is stopped
 * itself; the second stops should the first disappear.
 *
 * <p>The first JVM has no archive of Gazette's, so the code it runs here uses no lambdas, method
 * references, streams or {@code +} on strings: each is a call site set up at its first use by
 * spinning classes at run time: from loading this class to starting the second JVM took 31–52 ms
 * with them and takes 24–32 ms without (mostly the JDK's own process handling and the cache check).
 *
 * <p>Set {@code GAZETTE_NO_RELAUNCH} in the environment to run in the first JVM, as before.
 */
public final class Launcher {
    /** Set in the second JVM to the first's process id. */
    static final String LAUNCHER_PROPERTY = "gazette.launcher";
    static final String OFF_VARIABLE = "GAZETTE_NO_RELAUNCH";
    /** Commands compiled with C1 only (a large full build aside): every one that builds. */
    private static final Set<String> C1_ONLY = Set.of("build", "check", "new", "import", "serve");
    /** Commands that run once and exit, so the collector can favour throughput and a small heap over pauses. */
    private static final Set<String> ONE_SHOT = Set.of("build", "check", "new", "import");

    /**
     * The optimising compiler for a full build of a large site, kept to the hottest methods and to
     * smaller inlining, so that it costs less CPU than the time it saves. On 10,000 articles, three
     * alternated clean builds each: 19.0–21.3 s with the JVM's defaults, 16.1–17.9 s with these (the
     * compiler threads' CPU fell by about a third; C1 alone took 18.4–20.8 s).
     */
    static final List<String> LARGE_BUILD_COMPILER = List.of("-XX:Tier4InvocationThreshold=20000",
            "-XX:Tier4MinInvocationThreshold=2000", "-XX:Tier4CompileThreshold=30000", "-XX:FreqInlineSize=100",
            "-XX:InlineSmallCode=1000");

    /**
     * The collector of a command that runs once, unless it is a build from a cache. On 10,000 articles
     * G1 takes a clean build to about 1.6 GB of resident memory; the serial collector with a 100 MB
     * young generation stays at 0.55–0.58 GB, no slower (24.9–33.1 s against 25.7–29.3 s, alternated
     * in one run on a slow day; 15.8–18.1 s against 16.6–18.1 s when G1 reached 1.6–1.8 GB for the
     * build's larger live set of the time), and 1,000 articles took 250 MB instead of 360 MB. A build
     * from a cache keeps G1: it decodes the cache's few hundred megabytes of long-lived objects at
     * once, which the serial collector copied and compacted for 0.6 s of a 2.9–4.0 s one-article
     * rebuild, against G1's 0.16 s (2.5–2.7 s).
     *
     * <p>The old generation keeps a fifth of itself free after a collection rather than two fifths
     * ({@code MinHeapFreeRatio}): the heap of a clean 10,000-article build grew to 468 MB around a live
     * set of about 330 MB, and its peak resident memory, 0.51–0.62 GB from run to run, came near the
     * 0.6 GB target. Alternated, three pairs each (a slow spell): 10,000 articles 498–532 MB against
     * 512–555 MB in the same time (15.6–17.2 s against 15.0–16.9 s); 1,000 articles no slower.
     */
    static final List<String> ONE_SHOT_COLLECTOR = List.of("-XX:+UseSerialGC", "-Xmn100m", "-XX:MinHeapFreeRatio=20");

    /**
     * For a command that runs once with C1 alone (any but a large full build, and {@code serve}): one
     * compiler thread instead of two, unless the user's own JVM options choose the compilers. A small
     * build is CPU-bound on two cores: the seed site's took 1.7 s of CPU in 0.8 s, a third of it
     * compiling. Alternated runs of the second JVM alone on the seed site: 574–621 ms against
     * 652–722 ms (six each); on 1,000 articles no difference beyond the noise.
     *
     * <p>Such runs also kept reflective calls native ({@code sun.reflect.inflationThreshold}) while
     * Freemarker read every view field through {@code Method.invoke}; since templates read records
     * through method handles ({@code RecordModel}) it made no difference (seed site 0.49 s either
     * way, fifteen pairs; 1,000 articles 2.08 s with it, 1.98 s without, six pairs), so it went.
     */
    static final String ONE_COMPILER_THREAD = "-XX:CICompilerCount=1";

    /**
     * Backs the heap of a command that runs once with 2 MB pages where the kernel gives them on request
     * (Linux with transparent huge pages set to {@code madvise} in
     * {@code /sys/kernel/mm/transparent_hugepage/enabled}; with {@code always} the heap has them
     * already). A build fills fresh heap as fast as it can, and each first touch of a 4 KB page is a
     * fault: the 115 MB a 10,000-article rebuild reads its cache into took 0.43 s of faults and
     * zeroing. Alternated runs, the second JVM alone: the seed site 0.72–0.87 s against 0.85–1.01 s,
     * 1,000 articles 2.61–2.70 s against 2.99–3.04 s, a clean build of 10,000 14.3–15.4 s against
     * 16.4–17.3 s, a one-article edit of 10,000 2.18–2.69 s against 2.57–2.90 s; peak memory 15–40 MB
     * higher.
     */
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
    private static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<List<String>> command = command(args);
        Optional<Integer> exit = command.isPresent() ? run(command.get()) : Optional.empty();
        if (exit.isPresent()) {
            System.exit(exit.get());
        }
        exitWithLauncher();
        Gazette.main(args);
    }

    /**
     * The second JVM's command line, or empty when this JVM should do the work: it is the second
     * already, relaunching is switched off, or it was not started with {@code -jar}.
     */
    static Optional<List<String>> command(String[] args) {
        if (System.getProperty(LAUNCHER_PROPERTY) != null || System.getenv(OFF_VARIABLE) != null) {
            return Optional.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String[]> line = self.arguments();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        String java = self.command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return command(java, Arrays.asList(line.get()), args, ProcessHandle.current().pid(), largeFullBuild(args),
                fromCache(args), hugePagesOnRequest());
    }

    /** Source folders with more files than this make a full build long enough to repay the optimising compiler. */
    static final int LARGE_SITE = 2000;

    /**
     * Whether {@code args} ask for a build of every page of a large site: {@code check} (which always
     * builds every page, in memory), {@code build --clean}, or a {@code build} with no cache beside its
     * output folder, of a source folder with more than {@link #LARGE_SITE} entries. Measured on 10,000
     * articles, such a build took 24–25 s with C1 alone and 19–22 s with both compilers, while an
     * incremental rebuild of the same site, or any build of a small one, is faster with C1 alone. Reads
     * {@code --source} and {@code --output} as the build command does (defaults {@code seeds} and
     * {@code site-output}, relative to the working directory).
     */
    static boolean largeFullBuild(String[] args) {
        if (args.length == 0 || !args[0].equals("build") && !args[0].equals("check") || fromCache(args)) {
            return false;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(option(rest, "--source", "seeds")))) {
            int count = 0;
            for (Iterator<Path> it = entries.iterator(); it.hasNext() && count <= LARGE_SITE; it.next()) {
                count++;
            }
            return count > LARGE_SITE;
        } catch (IOException | RuntimeException e) {
            return false; // the build reports a missing folder
        }
    }

    /**
     * Whether {@code args} ask for a {@code build}, without {@code --clean}, of an output folder with a
     * cache beside it that this Gazette wrote. A cache from another Gazette (an upgrade, a rebuilt jar)
     * is not used, so the build is a full one and is set up as one.
     */
    static boolean fromCache(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return false;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return !rest.contains("--clean") && CacheFile.writtenByThisGazette(CacheFile.beside(Path.of(option(rest, "--output", "site-output"))));
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}, else the default. */
    private static String option(List<String> args, String name, String otherwise) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (args.get(i).startsWith(name.concat("="))) {
                return args.get(i).substring(name.length() + 1);
            }
        }
        return otherwise;
    }

    /**
     * The second JVM's command line, from the first's.
     *
     * @param java    the first JVM's executable
     * @param line    the first JVM's arguments: its options, {@code -jar}, the jar, then {@code args}
     * @param args    Gazette's own arguments
     * @param pid     the first JVM's process id
     * @param largeFullBuild whether this is a full build of a large site ({@link #largeFullBuild}), which keeps both compilers
     * @param fromCache      whether this is a build from a cache ({@link #fromCache}), which keeps the default collector
     * @param hugePages      whether the kernel backs memory with huge pages on request ({@link #hugePagesOnRequest})
     * @return empty when the line is not of the {@code -jar} form or the second JVM would be set up no differently
     */
    static Optional<List<String>> command(String java, List<String> line, String[] args, long pid, boolean largeFullBuild,
            boolean fromCache, boolean hugePages) {
        int jarAt = line.indexOf("-jar");
        if (jarAt < 0 || jarAt + 2 + args.length != line.size()
                || !line.subList(jarAt + 2, line.size()).equals(Arrays.asList(args))) {
            return Optional.empty();
        }
        String jar = line.get(jarAt + 1);
        List<String> tuning = new ArrayList<>();
        if (ClassDataArchive.fits(Path.of(jar))) {
            // Should the JVM still find it does not fit, it goes on without it and without a word.
            tuning.addAll(List.of("-XX:SharedArchiveFile=".concat(ClassDataArchive.archiveBeside(Path.of(jar)).toString()),
                    "-Xshare:auto", "-Xlog:cds=off"));
        }
        String command0 = args.length > 0 ? args[0] : "";
        if (C1_ONLY.contains(command0)) {
            tuning.addAll(largeFullBuild ? LARGE_BUILD_COMPILER : List.of("-XX:TieredStopAtLevel=1"));
        }
        List<String> usersOptions = line.subList(0, jarAt);
        boolean oneShot = ONE_SHOT.contains(command0);
        // With both compilers, which a user's compiler option may ask for, the JVM refuses to start
        // with a single compiler thread; such an option leaves the count to the JVM.
        if (oneShot && !largeFullBuild && !anySetsCompiler(usersOptions)) {
            tuning.add(ONE_COMPILER_THREAD);
        }
        if (oneShot && hugePages) {
            tuning.add(HUGE_PAGES);
        }
        if (oneShot && !fromCache && !anySetsHeapOrCollector(usersOptions)) {
            tuning.addAll(ONE_SHOT_COLLECTOR);
        }
        if (tuning.isEmpty()) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(tuning);
        command.addAll(usersOptions); // after Gazette's own, so the user's options win
        command.add("-D".concat(LAUNCHER_PROPERTY).concat("=").concat(Long.toString(pid)));
        command.addAll(line.subList(jarAt, line.size()));
        return Optional.of(command);
    }

    private static boolean anySetsHeapOrCollector(List<String> options) {
        for (String option : options) {
            if (setsHeapOrCollector(option)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anySetsCompiler(List<String> options) {
        for (String option : options) {
            if (option.contains("Tiered") || option.startsWith("-XX:CICompilerCount") || option.startsWith("-XX:+UseJVMCICompiler")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a JVM option of the user's chooses the collector or sizes the heap: then Gazette's choice
     * is left out, since a second collector would stop the JVM from starting and a young generation
     * larger than the user's heap would be warned about.
     */
    static boolean setsHeapOrCollector(String option) {
        return option.startsWith("-Xm") || option.startsWith("-XX:+Use") && option.endsWith("GC")
                || option.contains("HeapSize") || option.contains("NewSize") || option.contains("RAMPercentage");
    }

    /** Whether the kernel gives transparent huge pages to memory that asks for them ({@code madvise}). */
    static boolean hugePagesOnRequest() {
        try {
            return Files.readString(HUGE_PAGES_SETTING).contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false; // not Linux, or a kernel without them
        }
    }

    /**
     * Runs the second JVM with this one's standard streams and waits for it.
     *
     * @return its exit code, or empty when it could not be started (then this JVM does the work)
     */
    static Optional<Integer> run(List<String> command) {
        Process child;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            useUtf8FileNames(builder.environment(), System.getProperty("sun.jnu.encoding", ""));
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // Ctrl-C reaches both JVMs; a signal sent to this one alone (kill, a supervisor) must stop the
        // second too, and this one must not exit before it has. destroy() is SIGTERM, not a kill: the
        // second JVM's shutdown hooks run, and one of them lets a build that is publishing finish.
        Runtime.getRuntime().addShutdownHook(new Thread("gazette-relaunch-stop") {
            @Override
            public void run() {
                if (child.isAlive()) {
                    child.destroy();
                    waitFor(child);
                }
            }
        });
        return Optional.of(waitFor(child));
    }

    /** The locale whose character type the second JVM is given when this one's reads file names as another encoding. */
    static final String UTF8_LOCALE = "C.UTF-8";

    /**
     * Sets up the second JVM's environment so that it reads and writes file names as UTF-8, when this
     * JVM, started in a locale of another encoding, does not. The JVM takes its file-name encoding from
     * the locale alone (JDK 17 ignores {@code -Dsun.jnu.encoding}), and a fresh machine or a container
     * often has no locale set, which is ASCII: a seed file named {@code 2013-06-30-визит.md} was then
     * listed as {@code 2013-06-30-����������.md}, and the build refused it. The second JVM gets
     * {@code LC_ALL=C.UTF-8}, a locale every glibc has: setting the character type alone did not do
     * when the user's {@code LANG} names a locale the machine does not have ({@code en_US.UTF-8} in
     * many containers), as the C library then drops the whole locale, character type and all, for
     * ASCII. Nothing Gazette writes depends on the JVM's locale (the site's language is its own).
     *
     * @param environment      the second JVM's environment, changed in place
     * @param fileNameEncoding this JVM's file-name encoding ({@code sun.jnu.encoding})
     */
    static void useUtf8FileNames(Map<String, String> environment, String fileNameEncoding) {
        if (fileNameEncoding.equalsIgnoreCase("UTF-8") || fileNameEncoding.equalsIgnoreCase("UTF8")) {
            return;
        }
        environment.put("LC_ALL", UTF8_LOCALE);
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the exit code is the second JVM's
            }
        }
    }

    /**
     * In the second JVM: exit when the first is gone (killed outright), rather than run on unseen. The
     * watch is set up on a thread of its own: the JDK's process handling takes 30 ms to start, which
     * on a small site was 4 % of the build and need not hold up the command.
     */
    private static void exitWithLauncher() {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher == null) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(launcher);
        } catch (NumberFormatException e) {
            return; // not set by a launcher: nothing to watch
        }
        Thread watch = new Thread(() -> ProcessHandle.of(pid).ifPresent(p -> p.onExit().thenRun(() -> System.exit(1))),
                "gazette-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
