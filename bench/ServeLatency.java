import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Save-to-served latency of {@code gazette serve}: how long after an editor saves an article the
 * dev server serves the rebuilt page.
 *
 * <pre>java bench/ServeLatency.java SITE_DIR [EDITS]      (EDITS default 20; run from the repository root)</pre>
 *
 * Starts {@code java -jar target/gazette.jar serve --port P} (a free port; the jar is taken relative
 * to the working directory, or from the environment variable GAZETTE_JAR) as a child process in
 * SITE_DIR, which must hold gazette.yml and seeds/ (the serve command's defaults). Waits until the
 * home page is served, at the URL the server prints (it serves under the base URL's sub-path).
 * Then EDITS times: writes the whole article file back with a unique marker sentence appended to
 * its body, as an editor saves, and polls the article's page every ~5 ms until the page contains
 * the marker. The article is the middle one of seeds/*.md sorted by file name; its page is
 * articles/SLUG/ (SLUG: the front matter's slug:, else the file name without .md and a leading
 * YYYY-MM-DD- date). Prints each figure, then the median, p90 and max (nearest rank). Always
 * restores the article and stops the server and its descendants, also on failure or Ctrl-C.
 *
 * Single-file Java 17 program; needs only the JDK.
 */
public final class ServeLatency {
    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(Long.getLong("startupTimeout", 600));
    static final Duration EDIT_TIMEOUT = Duration.ofSeconds(Long.getLong("editTimeout", 60));
    static final long POLL_MS = 5;
    static final long PAUSE_MS = 300;
    static final Pattern SERVING = Pattern.compile("Serving .* at (https?://\\S+)");
    static final Pattern REBUILT = Pattern.compile("Rebuilt \\d+ files(?: \\(\\d+ written\\))? in (\\d+) ms");

    private final Path site;
    private final Path article;
    private final String slug;
    private final byte[] original;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final Deque<String> childLines = new ArrayDeque<>();
    private final AtomicBoolean cleanedUp = new AtomicBoolean();
    private volatile Process child;
    private volatile String servingUrl;
    private volatile String lastRebuilt;
    private final boolean verbose = "1".equals(System.getenv("SERVE_VERBOSE"));

    ServeLatency(Path site) throws IOException {
        this.site = site;
        this.article = pickArticle(site.resolve("seeds"));
        this.original = Files.readAllBytes(article);
        this.slug = slugOf(article, new String(original, StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java bench/ServeLatency.java SITE_DIR [EDITS=20]");
            System.exit(2);
        }
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        int edits = 20;
        if (args.length == 2) {
            try {
                edits = Integer.parseInt(args[1].replaceFirst("^(?i)EDITS=", ""));
            } catch (NumberFormatException e) {
                edits = -1;
            }
            if (edits < 1) {
                System.err.println("ServeLatency: EDITS must be a positive whole number, not " + args[1]);
                System.exit(2);
            }
        }
        if (!Files.isRegularFile(site.resolve("gazette.yml")) || !Files.isDirectory(site.resolve("seeds"))) {
            System.err.println("ServeLatency: " + site + " is not a site folder (needs gazette.yml and seeds/)");
            System.exit(2);
        }
        Path jar = Path.of(System.getenv().getOrDefault("GAZETTE_JAR", "target/gazette.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            System.err.println("ServeLatency: no " + jar + " (run from the repository root after `mvn -q -B -DskipTests package`, or set GAZETTE_JAR)");
            System.exit(2);
        }
        ServeLatency bench = new ServeLatency(site);
        Thread hook = new Thread(bench::cleanUp, "serve-latency-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = 0;
        try {
            bench.run(jar, edits);
        } catch (Exception e) {
            System.err.println("ServeLatency: " + e.getMessage());
            bench.dumpChildOutput();
            code = 1;
        } finally {
            bench.cleanUp();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
        System.exit(code);
    }

    void run(Path jar, int edits) throws Exception {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--port", Integer.toString(port))
                .directory(site.toFile())
                .redirectErrorStream(true);
        child = pb.start();
        Thread reader = new Thread(this::drainChild, "serve-output");
        reader.setDaemon(true);
        reader.start();

        String base = awaitHome(port);
        String page = base + "articles/" + slug + "/";
        System.out.printf(Locale.ROOT, "ServeLatency: %s served at %s; editing seeds/%s, polling %s; %d edits%n",
                site.getFileName(), base, article.getFileName(), page, edits);
        HttpResponse<String> first = tryGet(page);
        if (first == null || first.statusCode() != 200) {
            throw new IllegalStateException("the article page " + page + " is not served"
                    + (first == null ? "" : " (status " + first.statusCode() + ")") + "; is the slug right?");
        }

        String runId = Long.toString(System.nanoTime() & 0xffffffffL, 36);
        String text = new String(original, StandardCharsets.UTF_8);
        String body = text.endsWith("\n") ? text : text + "\n";
        List<Double> figures = new ArrayList<>();
        String lastMarker = null;
        for (int i = 1; i <= edits; i++) {
            String marker = "gzlatency" + runId + "x" + i;
            byte[] edited = (body + "\nLatency probe " + marker + " saved.\n").getBytes(StandardCharsets.UTF_8);
            lastRebuilt = null;
            Files.write(article, edited);  // the whole file, truncated and rewritten, as an editor saves
            long saved = System.nanoTime();
            lastMarker = marker;
            awaitPage(page, marker, true, saved);
            double ms = (System.nanoTime() - saved) / 1e6;
            figures.add(ms);
            String rebuilt = lastRebuilt;
            System.out.printf(Locale.ROOT, "edit %2d: %8.1f ms%s%n", i, ms, rebuilt == null ? "" : "  (server: rebuilt in " + rebuilt + " ms)");
            Thread.sleep(PAUSE_MS);
        }

        List<Double> sorted = new ArrayList<>(figures);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "save-to-served over %d edits: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                sorted.size(), rank(sorted, 0.5), rank(sorted, 0.9), sorted.get(sorted.size() - 1));

        // Put the article back and let the server publish it, so the output matches the sources again.
        Files.write(article, original);
        try {
            awaitPage(page, lastMarker, false, System.nanoTime());
        } catch (IllegalStateException e) {
            System.err.println("ServeLatency: warning: the restored article was not republished: " + e.getMessage());
        }
    }

    /** Nearest-rank percentile of sorted values (the median of an even count is the lower middle, as bench/run.sh takes it). */
    static double rank(List<Double> sorted, double p) {
        int k = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, k - 1)));
    }

    /** Waits until the home page answers 200, at the URL the server printed or where / redirects to. */
    String awaitHome(int port) throws Exception {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new IllegalStateException("gazette serve exited with code " + child.exitValue() + " before serving");
            }
            String printed = servingUrl;
            String url = printed != null ? printed : "http://127.0.0.1:" + port + "/";
            HttpResponse<String> r = tryGet(url);
            if (r != null && r.statusCode() == 200) {
                String base = r.uri().toString();
                return base.endsWith("/") ? base : base + "/";
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the home page was not served within " + STARTUP_TIMEOUT.toSeconds() + " s");
    }

    /** Polls the page every ~5 ms until it contains (or, with present false, no longer contains) the marker. */
    void awaitPage(String page, String marker, boolean present, long since) throws Exception {
        long deadline = since + EDIT_TIMEOUT.toNanos();
        while (true) {
            long tick = System.nanoTime();
            HttpResponse<String> r = tryGet(page);
            if (r != null && r.statusCode() == 200 && r.body().contains(marker) == present) {
                return;
            }
            if (!child.isAlive()) {
                throw new IllegalStateException("gazette serve exited with code " + child.exitValue());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException((present ? "marker " + marker + " did not appear in " : "marker " + marker + " stayed in ")
                        + page + " within " + EDIT_TIMEOUT.toSeconds() + " s"
                        + (r == null ? " (no answer)" : " (last status " + r.statusCode() + ")"));
            }
            long waitNs = TimeUnit.MILLISECONDS.toNanos(POLL_MS) - (System.nanoTime() - tick);
            if (waitNs > 0) {
                TimeUnit.NANOSECONDS.sleep(waitNs);
            }
        }
    }

    /** One GET; null when the server does not answer (not started yet, or busy restarting). */
    HttpResponse<String> tryGet(String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }

    void drainChild() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (childLines) {
                    childLines.addLast(line);
                    if (childLines.size() > 40) {
                        childLines.removeFirst();
                    }
                }
                Matcher m = SERVING.matcher(line);
                if (m.find() && servingUrl == null) {
                    servingUrl = m.group(1);
                }
                Matcher b = REBUILT.matcher(line);
                if (b.find()) {
                    lastRebuilt = b.group(1);
                }
                if (verbose) {
                    System.err.println("  serve| " + line);
                }
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    void dumpChildOutput() {
        synchronized (childLines) {
            if (!childLines.isEmpty()) {
                System.err.println("ServeLatency: last output of gazette serve:");
                childLines.forEach(l -> System.err.println("  serve| " + l));
            }
        }
    }

    /** Restores the article and stops the server with all its descendants; safe to call twice. */
    void cleanUp() {
        if (!cleanedUp.compareAndSet(false, true)) {
            return;
        }
        try {
            Files.write(article, original);
        } catch (IOException e) {
            System.err.println("ServeLatency: could not restore " + article + ": " + e.getMessage());
        }
        Process p = child;
        if (p == null) {
            return;
        }
        List<ProcessHandle> descendants = p.descendants().toList();
        p.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** The middle file of seeds/*.md in file-name order (the same rule as bench/incremental.sh). */
    static Path pickArticle(Path seeds) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no .md articles in " + seeds);
        }
        return files.get(files.size() / 2);
    }

    /** The front matter's slug:, else the file name without its extension and a leading YYYY-MM-DD-, in slug form. */
    static String slugOf(Path file, String text) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                Matcher m = Pattern.compile("^slug:\\s*(.*?)\\s*$").matcher(lines[i]);
                if (m.find()) {
                    return m.group(1).replaceAll("^[\"']|[\"']$", "");
                }
            }
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "");
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String lower = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("\u2019", "");
        return lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
