package gazette.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: one article with the default theme, served at {@code /}. Features tested: what a browser
 * gets for each kind of file — content types, {@code index.html} for folders, 301 to the slash
 * form, the site's 404 page with status 404, HEAD, 405, no caching.
 */
class StaticFilesTest {
    @TempDir
    static Path dir;
    static ServedSite served;

    @BeforeAll
    static void serve() throws IOException {
        served = ServedSite.start(dir, "https://example.org/");
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    private static String type(String path) {
        HttpResponse<String> r = served.get(path);
        assertEquals(200, r.statusCode(), path);
        return r.headers().firstValue("Content-Type").orElse("");
    }

    private static String asset(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(served.site.output().resolve("assets"))) {
            Path p = walk.filter(f -> f.toString().endsWith("." + extension)).findFirst().orElseThrow();
            return "/" + served.site.output().relativize(p).toString().replace('\\', '/');
        }
    }

    @Test
    void eachFileGetsItsContentType() throws IOException {
        assertEquals("text/html; charset=utf-8", type("/"));
        assertEquals("text/html; charset=utf-8", type("/404.html"));
        assertEquals("application/atom+xml; charset=utf-8", type("/feed.xml"));
        assertEquals("application/atom+xml; charset=utf-8", type("/topics/trade/feed.xml"));
        assertEquals("application/xml; charset=utf-8", type("/sitemap.xml"));
        assertEquals("text/plain; charset=utf-8", type("/robots.txt"));
        assertEquals("application/json; charset=utf-8", type("/search/index.json"));
        assertEquals("text/css; charset=utf-8", type(asset("css")));
        assertEquals("text/javascript; charset=utf-8", type(asset("js")));
        assertEquals("image/svg+xml; charset=utf-8", type(asset("svg")));
        assertEquals("image/png", ContentTypes.of("photo.PNG"));
        assertEquals("image/jpeg", ContentTypes.of("photo.jpg"));
        assertEquals("image/webp", ContentTypes.of("photo.webp"));
        assertEquals("image/x-icon", ContentTypes.of("favicon.ico"));
        assertEquals("font/woff2", ContentTypes.of("serif.woff2"));
        assertEquals("text/plain; charset=utf-8", ContentTypes.of("CNAME"));
        assertEquals("application/octet-stream", ContentTypes.of("archive.zzz"));
    }

    @Test
    void foldersServeTheirIndex() {
        HttpResponse<String> folder = served.get("/articles/first/");
        assertEquals(200, folder.statusCode());
        assertEquals(served.get("/articles/first/index.html").body(), folder.body());
        assertTrue(folder.body().contains("<title>First"));
        assertEquals("no-cache", folder.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aFolderWithoutSlashRedirectsToTheSlashForm() {
        HttpResponse<String> r = served.get("/articles/first");
        assertEquals(301, r.statusCode());
        assertEquals("/articles/first/", r.headers().firstValue("Location").orElse(""));
        HttpResponse<String> query = served.get("/articles/first?q=1");
        assertEquals("/articles/first/?q=1", query.headers().firstValue("Location").orElse(""));
        assertEquals(404, served.get("/index.html/").statusCode(), "a file is not a folder");
    }

    @Test
    void aMissingPageGetsTheSite404Page() throws IOException {
        HttpResponse<String> r = served.get("/articles/no-such-article/");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("<title>Page not found"), r.body());
        assertTrue(r.body().startsWith(Files.readString(served.site.output().resolve("404.html")).split("</body>")[0]));
        assertTrue(r.body().contains("/__gazette/reload.js"), "so a page that appears later reloads in");
        assertEquals(404, served.get("/__gazette/nothing").statusCode());
    }

    @Test
    void headSendsTheHeadersOnly() {
        HttpResponse<String> get = served.get("/articles/first/");
        HttpResponse<String> head = served.send(HttpRequest.newBuilder(served.uri("/articles/first/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(ServedSite.WAIT).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                head.headers().firstValue("Content-Length").orElse(""));
        assertEquals("text/html; charset=utf-8", head.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void onlyGetAndHeadAreAllowed() {
        HttpResponse<String> post = served.send(HttpRequest.newBuilder(served.uri("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).timeout(ServedSite.WAIT).build());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> delete = served.send(HttpRequest.newBuilder(served.uri("/articles/first/"))
                .DELETE().timeout(ServedSite.WAIT).build());
        assertEquals(405, delete.statusCode());
        assertTrue(Files.exists(served.site.output().resolve("articles/first/index.html")));
    }
}
