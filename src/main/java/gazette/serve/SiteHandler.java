package gazette.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/**
 * Answers every request: the server's own {@code /__gazette/} endpoints, and the output folder
 * under the site's base path. Files are read whole under the publish lock, so a request never
 * sees the moment the sink swaps the new site in.
 */
final class SiteHandler implements HttpHandler {
    static final String INTERNAL = "/__gazette/";

    private final DevServer server;
    private final Path output;
    private final Lock readLock;

    /** What to send: a status, headers and a body (which HEAD leaves out). */
    private record Reply(int status, String contentType, byte[] body, String location) {
        static Reply file(int status, String contentType, byte[] body) {
            return new Reply(status, contentType, body, null);
        }

        static Reply redirect(int status, String location) {
            return new Reply(status, null, new byte[0], location);
        }
    }

    SiteHandler(DevServer server, Path output, Lock readLock) {
        this.server = server;
        this.output = output.toAbsolutePath().normalize();
        this.readLock = readLock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String raw = exchange.getRequestURI().getRawPath();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, false, Reply.file(405, "text/plain; charset=utf-8", bytes("Method not allowed\n")));
            return;
        }
        if (raw != null && raw.equals(INTERNAL + "events") && !head) {
            server.channel().open(exchange, server.statusJson());
            return;  // the channel keeps the exchange open
        }
        send(exchange, head, raw == null ? notFound() : reply(raw, exchange.getRequestURI().getRawQuery()));
    }

    private Reply reply(String raw, String query) throws IOException {
        if (raw.startsWith(INTERNAL)) {
            return switch (raw.substring(INTERNAL.length())) {
                case "reload.js" -> Reply.file(200, "text/javascript; charset=utf-8", bytes(ReloadScript.JS));
                case "status" -> Reply.file(200, "application/json; charset=utf-8", bytes(server.statusJson()));
                case "events" -> Reply.file(200, "text/event-stream; charset=utf-8", new byte[0]);
                default -> Reply.file(404, "text/plain; charset=utf-8", bytes("Not found\n"));
            };
        }
        String base = server.basePath();
        if (!raw.startsWith(base)) {
            if (raw.equals("/")) {
                return Reply.redirect(302, base);  // a convenience: the site lives under its sub-path
            }
            if ((raw + "/").equals(base)) {
                return Reply.redirect(301, base);
            }
            return notFound();
        }
        if (!server.hasSite()) {
            // 503: the site is not there until a build succeeds; the page says why, and reloads then.
            return Reply.file(503, "text/html; charset=utf-8", NoSitePage.html(server.status().problems()));
        }
        Optional<String> rel = RequestPath.relative(raw.substring(base.length()));
        if (rel.isEmpty()) {
            return notFound();
        }
        readLock.lock();
        try {
            Path root = output.toRealPath();
            Optional<Path> found = inside(root, rel.get());
            if (found.isEmpty()) {
                return notFound(root);
            }
            Path file = found.get();
            if (Files.isDirectory(file)) {
                if (!rel.get().isEmpty() && !rel.get().endsWith("/")) {
                    return Reply.redirect(301, raw + "/" + (query == null ? "" : "?" + query));
                }
                Optional<Path> index = inside(root, rel.get() + "index.html");
                if (index.isEmpty() || !Files.isRegularFile(index.get())) {
                    return notFound(root);
                }
                file = index.get();
            } else if (rel.get().endsWith("/") || !Files.isRegularFile(file)) {
                return notFound(root);
            }
            return page(200, file);
        } catch (NoSuchFileException e) {
            return notFound();
        } finally {
            readLock.unlock();
        }
    }

    /**
     * The real path of {@code rel} below {@code root}, if it exists and is really there: a symbolic
     * link that leads outside the output folder counts as missing.
     */
    private static Optional<Path> inside(Path root, String rel) throws IOException {
        Path target = root.resolve(rel).normalize();
        if (!target.startsWith(root) || !Files.exists(target)) {
            return Optional.empty();
        }
        try {
            Path real = target.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private Reply page(int status, Path file) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        if (ContentTypes.isHtml(type)) {
            body = ReloadScript.inject(body, server.goodBuild());
        }
        return Reply.file(status, type, body);
    }

    private Reply notFound() throws IOException {
        readLock.lock();
        try {
            return notFound(output.toRealPath());
        } catch (NoSuchFileException e) {
            return Reply.file(404, "text/plain; charset=utf-8", bytes("Not found\n"));
        } finally {
            readLock.unlock();
        }
    }

    /** The site's own 404.html, with status 404, as GitHub Pages serves it. */
    private Reply notFound(Path root) throws IOException {
        Optional<Path> page = inside(root, "404.html");
        if (page.isPresent() && Files.isRegularFile(page.get())) {
            return page(404, page.get());
        }
        return Reply.file(404, "text/plain; charset=utf-8", bytes("Not found\n"));
    }

    private static void send(HttpExchange exchange, boolean head, Reply reply) throws IOException {
        try (exchange) {
            Headers h = exchange.getResponseHeaders();
            h.set("Cache-Control", "no-cache");
            h.set("X-Content-Type-Options", "nosniff");
            if (reply.location() != null) {
                h.set("Location", reply.location());
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            h.set("Content-Type", reply.contentType());
            if (head) {
                // HEAD must not pass a length to sendResponseHeaders; the header says what GET would send.
                h.set("Content-Length", Integer.toString(reply.body().length));
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
