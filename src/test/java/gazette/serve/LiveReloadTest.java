package gazette.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: one article, served, with a page's event stream open. Features tested: an edit sends
 * {@code reload}; a broken file sends {@code error} with its {@code path:line:col} lines while the
 * last good page stays served, a page opened meanwhile learns of the problem at once, and fixing
 * the file sends {@code reload} and clears the status.
 */
class LiveReloadTest {
    static final String BROKEN = "---\ntitle: First\ndate: 2013-07-01\ntopics: [trade\n---\nBody one.\n";
    static final String BROKEN_LINE = "seeds/2013-07-01-first.md:4:9: malformed YAML: list in [ ] never closed";

    @TempDir
    Path dir;
    ServedSite served;

    @BeforeEach
    void serve() throws IOException {
        served = ServedSite.start(dir, "https://example.org/");
    }

    @AfterEach
    void stop() {
        served.close();
    }

    @Test
    void anEditTellsOpenPagesToReload() throws Exception {
        try (EventStream page = new EventStream(served)) {
            EventStream.Event hello = page.next();
            assertEquals("status", hello.name());
            assertTrue(hello.data().contains("\"ok\":true"), hello.data());

            served.site.write("seeds/2013-07-01-first.md", "---\ntitle: First, edited\ndate: 2013-07-01\n---\nBody one.\n");
            EventStream.Event reload = page.next("reload");
            assertTrue(reload.data().matches("[a-z0-9]+-[0-9]+"), "names the build to load: " + reload.data());
            // By the time the page is told, the new version is what it will get.
            assertTrue(served.get("/articles/first/").body().contains("First, edited"));
        }
    }

    @Test
    void aBrokenFileShowsItsProblemsUntilFixed() throws Exception {
        try (EventStream page = new EventStream(served)) {
            page.next("status");
            served.site.write("seeds/2013-07-01-first.md", BROKEN);

            EventStream.Event error = page.next("error");
            assertTrue(error.data().startsWith("[{\"kind\":\"error\",\"text\":\"" + BROKEN_LINE), "the error first, as such: " + error.data());
            assertTrue(served.output().contains(BROKEN_LINE), "printed in the terminal too:\n" + served.output());
            var lastGood = served.get("/articles/first/");
            assertEquals(200, lastGood.statusCode());
            assertTrue(lastGood.body().contains("<title>First"), "the last good page is still served");
            String status = served.get("/__gazette/status").body();
            assertTrue(status.contains("\"ok\":false") && status.contains(BROKEN_LINE), status);

            // A page opened while the build is broken shows the problems straight away.
            try (EventStream later = new EventStream(served)) {
                EventStream.Event hello = later.next();
                assertEquals("status", hello.name());
                assertTrue(hello.data().contains("\"ok\":false") && hello.data().contains(BROKEN_LINE), hello.data());
            }

            served.site.write("seeds/2013-07-01-first.md", "---\ntitle: First, fixed\ndate: 2013-07-01\n---\nBody one.\n");
            page.next("reload");
            String fixed = served.get("/__gazette/status").body();
            assertTrue(fixed.contains("\"ok\":true") && fixed.contains("\"problems\":[]"), fixed);
            assertTrue(served.get("/articles/first/").body().contains("First, fixed"));
        }
    }

    @Test
    void theScriptTagIsOnlyInServedPages() throws Exception {
        String served = this.served.get("/").body();
        assertTrue(served.contains("<script src=\"/__gazette/reload.js\""), "injected when serving");
        assertTrue(served.indexOf("/__gazette/reload.js") < served.lastIndexOf("</body>"), "just before </body>");
        assertFalse(this.served.site.text("index.html").contains("__gazette"), "never written to site-output/");

        var script = this.served.get("/__gazette/reload.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(script.body().contains("new EventSource('/__gazette/events')"));
        assertTrue(script.body().contains("sessionStorage"), "keeps the scroll position across the reload");
        assertTrue(script.body().contains("textContent") && !script.body().contains("innerHTML"), "problem text is never parsed as HTML");
        assertTrue(script.body().contains("'role', 'alert'"));

        // Not into other types, even ones that mention </body>.
        this.served.site.write("seeds/2013-07-02-second.md", "---\ntitle: \"Second </body>\"\ndate: 2013-07-02\n---\nx\n");
        var feed = this.served.awaitServed("/feed.xml", r -> r.body().contains("Second"));
        assertFalse(feed.body().contains("__gazette"));
    }

    @Test
    void closingStopsEverything() throws Exception {
        EventStream page = new EventStream(served);
        page.next("status");
        int port = served.server.port();
        served.close();
        served.server.awaitClose();
        assertEquals(0, served.server.openPages());
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2000);
            org.junit.jupiter.api.Assertions.fail("still listening on " + port);
        } catch (java.net.ConnectException expected) {
            // Stopped.
        } finally {
            page.close();
        }
    }
}
