package gazette.serve;

import com.sun.net.httpserver.HttpServer;
import gazette.build.Build;
import gazette.build.BuildOptions;
import gazette.build.BuildResult;
import gazette.build.IncrementalBuild;
import gazette.build.SourceChanges;
import gazette.config.BaseUrl;
import gazette.config.ConfigReader;
import gazette.config.SiteConfig;
import gazette.diag.BuildFailure;
import gazette.diag.Problems;
import gazette.output.DirectorySink;
import gazette.render.Json;
import gazette.source.SourceReader;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@code gazette serve} as an object: builds the site into the output folder, serves the folder,
 * rebuilds when a watched file changes and tells open pages. Each rebuild is an
 * {@link IncrementalBuild} into the same {@link DirectorySink} as {@code build}, keeping its state in
 * memory between rebuilds, so {@code site-output/} stays a real, deployable site and the next
 * {@code build} starts from where serve left it; a failed rebuild leaves the last good one being
 * served and shows its problems in the terminal and in the page.
 *
 * <p>HTTP is the JDK's own {@code com.sun.net.httpserver} (module {@code jdk.httpserver}): small,
 * maintained with the JDK, no dependency to keep up to date, and enough for one developer's
 * browser, including long-lived Server-Sent Events responses. It is not meant for production
 * traffic, which is what GitHub Pages is for.
 */
public final class DevServer implements AutoCloseable {
    private static final long KEEP_ALIVE_SECONDS = 15;

    private final BuildOptions opts;
    private final PrintStream out;
    private final PrintStream err;
    private final String instance = Long.toString(System.currentTimeMillis(), 36);
    /** Held for writing while a build changes the output folder; requests read files under the read lock. */
    private final ReadWriteLock publishLock = new ReentrantReadWriteLock();
    private final IncrementalBuild build;
    private final ReloadChannel channel = new ReloadChannel();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(daemon("gazette-rebuild"));
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("gazette-timer"));
    private final ExecutorService requests = Executors.newFixedThreadPool(4, daemon("gazette-http"));
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private final AtomicReference<CompletableFuture<BuildStatus>> nextBuild = new AtomicReference<>(new CompletableFuture<>());
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final SourceWatcher watcher;
    private volatile BuildStatus status = new BuildStatus(0, "", false, List.of(ProblemLine.error("not built yet")), 0, 0);
    private volatile String basePath;
    private volatile boolean stopping;
    private final Object closeLock = new Object();
    private HttpServer http;

    private DevServer(BuildOptions opts, PrintStream out, PrintStream err) {
        this.opts = opts;
        this.out = out;
        this.err = err;
        DirectorySink directory = new DirectorySink(opts.outputDir(), SourceReader.relative(opts.siteRoot(), opts.outputDir()));
        this.build = new IncrementalBuild(opts, new LockedFolder(directory, publishLock), true);
        this.basePath = configuredBasePath(opts);
        this.watcher = new SourceWatcher(opts, timers, this::requestRebuild);
    }

    /**
     * Opens the port, builds the site, then starts serving and watching. A failed first build does
     * not stop the server: it serves whatever site the output folder holds, or with none every page
     * is {@link NoSitePage}, and shows the problems until they are fixed. The port is opened before anything is written, so a port in use (another serve
     * of the same folder, say) fails with the output folder and its cache untouched.
     *
     * @param host the address to listen on; {@code 127.0.0.1} keeps the site on this computer
     * @param port the port, or 0 for any free one (see {@link #port()})
     * @throws java.net.BindException when the port can not be opened; nothing has been written then
     * @throws IOException when the folders can not be watched
     */
    public static DevServer start(BuildOptions opts, String host, int port, PrintStream out, PrintStream err) throws IOException {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm on,
        // the body then waits for the client's delayed ACK, about 40 ms per request on Linux. Read
        // once, when the first server is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        DevServer server = new DevServer(opts, out, err);
        try {
            // Creating the server binds the port: before the build, so a port in use writes nothing.
            // Requests wait in the backlog until the first build is done and the server starts.
            server.http = HttpServer.create(new InetSocketAddress(host, port), 32);
            server.http.createContext("/", new SiteHandler(server, opts.outputDir(), server.publishLock.readLock()));
            server.http.setExecutor(server.requests);
            // Watching starts before the first build reads anything, so no save is missed in between.
            server.watcher.start();
            server.firstBuild();
            server.http.start();
            server.timers.scheduleAtFixedRate(server.channel::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The port being listened on; the real one when 0 was asked for. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** Where the site's home page is served, e.g. {@code http://127.0.0.1:8080/uk-kazakhstan/}. */
    public String url() {
        String host = http.getAddress().getHostString();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port() + basePath;
    }

    /** The latest build's outcome. */
    public BuildStatus status() {
        return status;
    }

    /**
     * Completes when the next build finishes, successful or not. Ask before making the change, so
     * the build it causes can not finish first.
     */
    public CompletableFuture<BuildStatus> nextBuild() {
        return nextBuild.get();
    }

    /** How many pages have the event stream open. */
    public int openPages() {
        return channel.openPages();
    }

    /** Blocks until {@link #close()} has run, e.g. from the Ctrl-C shutdown hook. */
    public void awaitClose() throws InterruptedException {
        try {
            closed.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops watching and serving; safe to call more than once and from a shutdown hook. */
    @Override
    public void close() {
        synchronized (closeLock) {
            if (closed.isDone()) {
                return;
            }
            stopping = true;
            watcher.close();
            timers.shutdownNow();
            builder.shutdown();
            try {
                // Let a build that is swapping the new site in finish, so Ctrl-C never leaves it half moved;
                // then leave its state for the next build, which picks up where serve stopped.
                if (builder.awaitTermination(5, TimeUnit.SECONDS)) {
                    build.saveState();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            channel.close();
            if (http != null) {
                http.stop(0);
            }
            requests.shutdownNow();
            closed.complete(null);
        }
    }

    String basePath() {
        return basePath;
    }

    ReloadChannel channel() {
        return channel;
    }

    String goodBuild() {
        return status.goodBuild();
    }

    /**
     * Whether there is a site to serve: a build of this server succeeded, or the output folder holds
     * one from before (its home page is there). Without one, every page shows the problems instead
     * ({@link NoSitePage}).
     */
    boolean hasSite() {
        return !status.goodBuild().isEmpty() || Files.isRegularFile(opts.outputDir().resolve("index.html"));
    }

    /** The status as the page script reads it: {@code {"build":…,"ok":…,"problems":[…]}}. */
    String statusJson() {
        BuildStatus s = status;
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("build", s.goodBuild());
        map.put("ok", s.ok());
        map.put("problems", s.problems().stream().map(ProblemLine::json).toList());
        return Json.write(map);
    }

    /** Runs the first build on the rebuild thread, so a rebuild the watcher asks for meanwhile comes after it. */
    private void firstBuild() throws IOException {
        try {
            builder.submit(this::rebuild).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted during the first build");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Queues one rebuild; changes that arrive while one is queued and not yet started join it. */
    private void requestRebuild() {
        if (rebuildQueued.compareAndSet(false, true)) {
            try {
                builder.execute(() -> {
                    rebuildQueued.set(false);
                    if (!stopping) {
                        rebuild();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // Closing.
            }
        }
    }

    /** Runs on the rebuild thread (or in {@link #start}, before anything else runs). */
    private void rebuild() {
        long number = status.number() + 1;
        boolean first = number == 1;
        BuildStatus next;
        try {
            // The first build reads everything and, even when the output is up to date, makes the site,
            // which the text-edit shortcut of later builds starts from; they re-read only what the watcher saw change.
            SourceChanges changes = watcher.takeChanges();
            BuildResult result = build.run(false, first, first ? SourceChanges.UNKNOWN : changes);
            String before = basePath;
            basePath = result.config().baseUrl().path();
            Problems.warningLines(result.warnings(), Build.PROBLEM_CAP).forEach(err::println);
            long ms = result.elapsed().toMillis();
            next = new BuildStatus(number, instance + "-" + number, true, List.of(), result.pages(), ms);
            status = next;
            out.printf(Locale.ROOT, "%s %d files (%d written) in %d ms%n", first ? "Built" : "Rebuilt", result.pages(),
                    result.written(), ms);
            if (!first && !basePath.equals(before)) {
                // An edit of baseUrl moves the site: the old address now finds nothing.
                out.println("The base URL's path changed: now serving at " + url());
            }
            channel.broadcast("reload", next.goodBuild());
        } catch (BuildFailure failure) {
            next = failed(number, lines(failure), failure.outputChanged());
        } catch (RuntimeException e) {
            next = failed(number, List.of(ProblemLine.error("gazette: internal error while building: " + e)), false);
        }
        nextBuild.getAndSet(new CompletableFuture<>()).complete(next);
    }

    static final String PARTLY_UPDATED = "the build failed while writing; the site served is partly updated until a build succeeds";

    /**
     * @param problems the failure's problems in reading order, as the terminal prints them; the page
     *                 shows the errors first (then the warnings, each in reading order), as what
     *                 stopped the build was easy to miss among the warnings of a list in file order
     * @param partly   whether the failure came after some of the site was written ({@link BuildFailure#outputChanged})
     */
    private BuildStatus failed(long number, List<ProblemLine> problems, boolean partly) {
        problems.forEach(p -> err.println(p.text()));
        List<ProblemLine> errorsFirst = new ArrayList<>(problems.stream()
                .sorted(java.util.Comparator.comparing(p -> p.kind() != ProblemLine.Kind.ERROR)).toList());
        if (partly) {
            // The overlay's title says the last good version is still shown; after a failure while writing it is not.
            errorsFirst.add(new ProblemLine(ProblemLine.Kind.NOTE, PARTLY_UPDATED));
        }
        BuildStatus next = new BuildStatus(number, status.goodBuild(), false, errorsFirst, 0, 0);
        status = next;
        err.println(partly ? "gazette: " + PARTLY_UPDATED
                : hasSite() ? "gazette: the build failed; still serving the last good site"
                : "gazette: the build failed, and there is no site yet: every page shows the problems until a build succeeds");
        channel.broadcast("error", Json.write(next.problems().stream().map(ProblemLine::json).toList()));
        return next;
    }

    private static List<ProblemLine> lines(BuildFailure failure) {
        List<ProblemLine> lines = new ArrayList<>();
        failure.problems().forEach(p -> lines.add(ProblemLine.of(p)));
        if (failure.notShown() > 0) {
            lines.add(new ProblemLine(ProblemLine.Kind.NOTE, "... and " + failure.notShown() + " more problems"));
        }
        return lines;
    }

    /** The base path before any build succeeded: from --base-url or the config, else {@code /}. */
    private static String configuredBasePath(BuildOptions opts) {
        Optional<BaseUrl> url = opts.baseUrl().flatMap(BaseUrl::parse);
        if (url.isEmpty()) {
            try {
                url = ConfigReader.read(opts.configFile(), SourceReader.relative(opts.siteRoot(), opts.configFile()),
                        new Problems(1)).map(SiteConfig::baseUrl);
            } catch (RuntimeException e) {
                // The config is broken; the build reports how. Serve at the root until it is fixed.
            }
        }
        return url.map(BaseUrl::path).orElse("/");
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
