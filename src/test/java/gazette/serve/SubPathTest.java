package gazette.serve;

import gazette.build.BuildOptions;
import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: one article with {@code baseUrl: https://example.github.io/sub/}. Features tested: the
 * site is served under {@code /sub/} as GitHub Pages would, nothing outside it is, {@code /}
 * leads there; {@code --base-url} moves it; the reload script works under the sub-path.
 */
class SubPathTest {
    @Test
    void theSiteIsServedUnderItsBasePath(@TempDir Path dir) throws IOException {
        try (ServedSite served = ServedSite.start(dir, "https://example.github.io/sub/")) {
            assertTrue(served.server.url().endsWith(":" + served.server.port() + "/sub/"), served.server.url());
            var home = served.get("/sub/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("<title>Test"), home.body());
            var article = served.get("/sub/articles/first/");
            assertEquals(200, article.statusCode());
            assertTrue(article.body().contains("<title>First"));

            assertEquals(404, served.get("/articles/first/").statusCode());
            assertEquals(404, served.get("/other/").statusCode());
            assertEquals(404, served.get("/subway/").statusCode());

            var root = served.get("/");
            assertEquals(302, root.statusCode());
            assertEquals("/sub/", root.headers().firstValue("Location").orElse(""));
            var noSlash = served.get("/sub");
            assertEquals(301, noSlash.statusCode());
            assertEquals("/sub/", noSlash.headers().firstValue("Location").orElse(""));
            var folder = served.get("/sub/articles/first");
            assertEquals(301, folder.statusCode());
            assertEquals("/sub/articles/first/", folder.headers().firstValue("Location").orElse(""));

            assertTrue(article.body().contains("<script src=\"/__gazette/reload.js\""), "script injected when serving");
            assertFalse(served.site.text("articles/first/index.html").contains("__gazette"), "not in the file on disk");
            assertEquals(200, served.get("/__gazette/reload.js").statusCode(), "the script is reachable from a sub-path page");
            assertEquals(200, served.get("/__gazette/status").statusCode());
        }
    }

    @Test
    void pagesNamedInAnyScriptAreServedAtTheirPercentEncodedPaths(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, ServedSite.CONFIG.formatted("https://example.github.io/sub/") + """
                -- seeds/2013-07-01-北京.md --
                ---
                title: Beijing
                date: 2013-07-01
                tags: [Αθήνα]
                ---
                Body.
                """);
        try (ServedSite served = ServedSite.start(site)) {
            var article = served.get("/sub/articles/%E5%8C%97%E4%BA%AC/");
            assertEquals(200, article.statusCode());
            assertTrue(article.body().contains("<title>Beijing"), article.body());
            assertEquals(200, served.get("/sub/tags/%CE%B1%CE%B8%CE%AE%CE%BD%CE%B1/").statusCode());
            var folder = served.get("/sub/articles/%E5%8C%97%E4%BA%AC");
            assertEquals(301, folder.statusCode());
            assertEquals("/sub/articles/%E5%8C%97%E4%BA%AC/", folder.headers().firstValue("Location").orElse(""));
        }
    }

    @Test
    void baseUrlOptionOverridesTheConfig(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, ServedSite.CONFIG.formatted("https://example.github.io/sub/") + ServedSite.FIRST);
        try (ServedSite served = ServedSite.start(site, BuildOptions.defaults(dir).withBaseUrl("https://example.org/preview/"))) {
            assertEquals(200, served.get("/preview/articles/first/").statusCode());
            assertEquals(404, served.get("/sub/articles/first/").statusCode());
        }
    }

    @Test
    void aChangedBaseUrlMovesTheSite(@TempDir Path dir) throws IOException {
        try (ServedSite served = ServedSite.start(dir, "https://example.org/")) {
            assertEquals(200, served.get("/articles/first/").statusCode());
            served.site.write("gazette.yml", ServedSite.CONFIG.formatted("https://example.org/moved/").lines().skip(1)
                    .reduce("", (a, b) -> a + b + "\n"));
            served.awaitServed("/moved/articles/first/", r -> r.statusCode() == 200);
            // Printed just after the server moved, so it may come a moment after the page does.
            String notice = "The base URL's path changed: now serving at http://127.0.0.1:" + served.server.port() + "/moved/";
            long until = System.nanoTime() + ServedSite.WAIT.toNanos();
            while (!served.out.toString(java.nio.charset.StandardCharsets.UTF_8).contains(notice) && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            assertTrue(served.out.toString(java.nio.charset.StandardCharsets.UTF_8).contains(notice),
                    "the terminal names the new address:\n" + served.out);
        }
    }
}
