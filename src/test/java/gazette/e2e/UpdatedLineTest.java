package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: a live blog whose {@code updated:} was not moved when a later update went in, and an article
 * never updated. Features tested: the page's "Updated" line says what the feed, sitemap and JSON-LD
 * say (the newest update), and an article with nothing newer than its date has no such line.
 */
class UpdatedLineTest {
    @Test
    void thePagesUpdatedLineAgreesWithTheFeedSitemapAndJsonLd(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, """
                -- gazette.yml --
                title: Updates
                description: Updated.
                language: en-GB
                baseUrl: https://example.github.io/updates/
                timezone: Europe/London
                topics:
                  - {id: trade, title: Trade}
                -- seeds/2026-03-29-live.md --
                ---
                title: Rolling coverage
                date: 2026-03-29T00:30:00+00:00
                updated: 2026-03-29T01:00:00+00:00
                type: live
                topics: [trade]
                ---

                Intro.

                ## Later

                *09:05*

                Text.

                ## Earlier

                *00:40*

                Text.
                -- seeds/2026-03-01-plain.md --
                ---
                title: Plain
                date: 2026-03-01
                topics: [trade]
                ---

                Text.
                """).build();
        Document page = site.html("articles/live/index.html");
        String shown = page.select(".meta time").last().attr("datetime");
        assertEquals("2026-03-29T09:05+01:00", shown, "the page said 01:00, above an update of 09:05");
        assertTrue(page.select("script[type=application/ld+json]").html().contains("\"dateModified\":\"2026-03-29T09:05+01:00\""));
        assertTrue(site.text("sitemap.xml").contains("<lastmod>2026-03-29T09:05:00+01:00</lastmod>"), site.text("sitemap.xml"));
        assertNull(site.html("articles/plain/index.html").selectFirst(".meta time + time"), "never updated: no Updated line");
        assertEquals(1, site.html("articles/plain/index.html").select(".meta time").size());
    }
}
