package gazette.serve;

import gazette.build.BuildOptions;
import gazette.testing.TestSite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A fixture site served by a {@link DevServer} on 127.0.0.1 at a free port, with an HTTP client
 * and bounded waits for the next build (never blind sleeps).
 */
final class ServedSite implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final String CONFIG = """
            -- gazette.yml --
            title: Test
            baseUrl: %s
            topics:
              - {id: trade, title: Trade}
            """;
    static final String FIRST = """
            -- seeds/2013-07-01-first.md --
            ---
            title: First
            date: 2013-07-01
            ---
            Body one.
            """;

    final TestSite site;
    final DevServer server;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(WAIT).build();

    private ServedSite(TestSite site, BuildOptions opts) throws IOException {
        this.site = site;
        this.server = DevServer.start(opts, "127.0.0.1", 0, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The one-article fixture with this base URL, served. */
    static ServedSite start(Path dir, String baseUrl) throws IOException {
        return start(TestSite.of(dir, CONFIG.formatted(baseUrl) + FIRST));
    }

    static ServedSite start(TestSite site) throws IOException {
        return new ServedSite(site, BuildOptions.defaults(site.root()));
    }

    static ServedSite start(TestSite site, BuildOptions opts) throws IOException {
        return new ServedSite(site, opts);
    }

    URI uri(String rawPath) {
        return URI.create("http://127.0.0.1:" + server.port() + rawPath);
    }

    HttpResponse<String> get(String rawPath) {
        return send(HttpRequest.newBuilder(uri(rawPath)).timeout(WAIT).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends the request line exactly as given, as a hostile client would ({@code curl --path-as-is}):
     * HttpClient and URI may tidy a path before it leaves, which would hide what the server does.
     */
    String raw(String requestTarget) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), (int) WAIT.toMillis());
            socket.setSoTimeout((int) WAIT.toMillis());
            OutputStream os = socket.getOutputStream();
            os.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            os.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Waits, build by build, until {@code check} holds for what is served at {@code rawPath}; fails
     * after {@link #WAIT} showing the last response and the server's output.
     */
    HttpResponse<String> awaitServed(String rawPath, Predicate<HttpResponse<String>> check) {
        return awaitBuildWhere(() -> get(rawPath), check);
    }

    <T> T awaitBuildWhere(java.util.function.Supplier<T> probe, Predicate<T> check) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            var next = server.nextBuild();
            T value = probe.get();
            if (check.test(value)) {
                return value;
            }
            long left = deadline - System.nanoTime();
            try {
                if (left <= 0) {
                    throw new TimeoutException();
                }
                next.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                fail("not seen within " + WAIT.toSeconds() + " s; last: " + describe(value) + "\nserver out:\n" + output());
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String describe(Object value) {
        if (value instanceof HttpResponse<?> r) {
            String body = String.valueOf(r.body());
            return r.statusCode() + " " + body.substring(0, Math.min(400, body.length()));
        }
        return String.valueOf(value);
    }

    String output() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    /** Runs {@code change} and returns the build it causes. */
    BuildStatus buildAfter(Function<TestSite, ?> change) {
        var next = server.nextBuild();
        change.apply(site);
        try {
            return next.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail("no build within " + WAIT.toSeconds() + " s\nserver out:\n" + output());
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
