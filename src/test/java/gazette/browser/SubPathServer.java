package gazette.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A built site served as GitHub Pages serves a project site: on 127.0.0.1 at a free port, under a
 * sub-path ({@code /uk-kazakhstan/}), with {@code 404.html} for anything missing. Nothing is served
 * outside the sub-path, so a link that forgets it fails. Every request that found nothing is
 * remembered, for tests to assert that pages load no missing files.
 */
final class SubPathServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml", "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8");

    private final Path site;
    private final String subPath;
    private final HttpServer http;
    private final List<String> missing = new CopyOnWriteArrayList<>();

    SubPathServer(Path site, String subPath) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.subPath = subPath;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::handle);
        http.start();
    }

    /** The site's address, ending in the sub-path: {@code http://127.0.0.1:PORT/uk-kazakhstan/}. */
    String base() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + subPath;
    }

    /** Paths requested since the last call that found nothing. */
    List<String> takeMissing() {
        List<String> taken = List.copyOf(missing);
        missing.removeAll(taken);
        return taken;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath();
            if ((path + "/").equals(subPath)) {
                ex.getResponseHeaders().set("Location", subPath);
                ex.sendResponseHeaders(301, -1);
                return;
            }
            Path file = path.startsWith(subPath) ? site.resolve(path.substring(subPath.length())).normalize() : null;
            if (file != null && file.startsWith(site) && Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", path + "/");
                    ex.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            int status = 200;
            if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
                missing.add(path);
                status = 404;
                file = site.resolve("404.html");
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            byte[] body = Files.readAllBytes(file);
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = ex.getRequestMethod().equals("HEAD");
            ex.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
