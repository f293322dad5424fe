package gazette.serve;

import gazette.testing.TestSite;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: a fresh one (no output folder) whose only article has a title with no closing quote, and a
 * file name holding markup, served under a sub-path. Features tested: with no site to serve, every
 * page request answers with a valid HTML page showing the problems, escaped, and carrying the
 * live-reload script; the terminal says there is no site yet; fixing the file reloads the page into
 * the site. An output folder left by an earlier build is still served while the first build fails.
 */
class NoSiteYetTest {
    private static final String NAME = "seeds/2013-07-01-<b>&x.md";
    private static final String BROKEN = "---\ntitle: \"broken\ndate: 2013-07-01\n---\nBody.\n";

    @Test
    void everyPageShowsTheProblemsUntilTheFirstBuildSucceeds(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, ServedSite.CONFIG.formatted("https://example.org/news/")).write(NAME, BROKEN);
        try (ServedSite served = ServedSite.start(site)) {
            assertFalse(served.server.status().ok());
            String problem = served.server.status().lines().get(0);
            assertTrue(problem.startsWith("seeds/2013-07-01-<b>&x.md:"), problem);
            assertTrue(served.output().contains("there is no site yet"), served.output());
            assertFalse(served.output().contains("still serving the last good site"), served.output());

            for (String path : new String[] {"/news/", "/news/articles/x/", "/news/assets/style.css", "/news/no/such/page"}) {
                HttpResponse<String> page = served.get(path);
                assertEquals(503, page.statusCode(), path);
                assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
                String body = page.body();
                assertTrue(body.contains("seeds/2013-07-01-&lt;b&gt;&amp;x.md:"), body);
                assertFalse(body.contains("<b>&x"), "escaped: " + body);
                assertTrue(body.contains("id=\"gazette-problems\""), body);
                assertTrue(body.contains("<script src=\"/__gazette/reload.js\" data-build=\"" + NoSitePage.BUILD + "\"></script></body>"),
                        body);
            }
            assertEquals(302, served.get("/").statusCode(), "the root still leads to the sub-path");
            assertEquals(200, served.get("/__gazette/reload.js").statusCode());
            assertEquals("", validate(served.get("/news/").body()));

            try (EventStream page = new EventStream(served)) {
                assertTrue(page.next("status").data().contains("\"ok\":false"));
                site.write(NAME, BROKEN.replace("\"broken", "\"Fixed\""));
                page.next("reload");
            }
            HttpResponse<String> home = served.get("/news/");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Fixed"), home.body());
        }
    }

    @Test
    void anOutputFolderFromAnEarlierBuildIsStillServed(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, ServedSite.CONFIG.formatted("https://example.org/") + ServedSite.FIRST).build();
        site.write("seeds/2013-07-01-first.md", BROKEN);
        try (ServedSite served = ServedSite.start(site)) {
            assertFalse(served.server.status().ok());
            assertTrue(served.output().contains("still serving the last good site"), served.output());
            HttpResponse<String> last = served.get("/articles/first/");
            assertEquals(200, last.statusCode());
            assertTrue(last.body().contains("<title>First"), last.body());
        }
    }

    private static String validate(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        return validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))).strip();
    }
}
