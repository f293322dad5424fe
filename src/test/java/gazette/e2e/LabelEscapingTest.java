package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: an English site whose {@code labels:} hold markup and quotes, as a careless or hostile
 * hand could type them. Features tested: a label is text wherever it is printed: in an element, in
 * an attribute, in the page title and the feed's title, in a sentence around a link, and in the
 * JSON the scripts read, from which it can not close the script element.
 */
class LabelEscapingTest {
    static final String HOSTILE = "<script>alert(\"x\")</script> & 'q'";

    @Test
    void labelsAreEscapedInHtmlAttributesFeedsAndScripts(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, """
                -- gazette.yml --
                title: News
                baseUrl: https://example.org/
                topics:
                  - {id: trade, title: Trade}
                labels:
                  nav.timeline: '<script>alert("x")</script> & ''q'''
                  nav.sections: '<script>alert("x")</script> & ''q'''
                  page.title: '{page} <script>alert("x")</script> & ''q'' {site}'
                  search.noScriptTimeline: '<script>alert("x")</script> & ''q'''
                  search.noResults: '</script><script>alert("x")</script> & ''q'' {query}'
                  live.showLatest: '</script><script>alert("x")</script>'
                -- seeds/2013-07-01-blog.md --
                ---
                title: Blog
                date: 2013-07-01T10:00:00+01:00
                type: live
                topics: [trade]
                ---
                ## First

                *10:05*

                Text.
                """).build();
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html")) {
                String html = site.text(file);
                assertFalse(html.contains("<script>alert"), file + " holds the label as markup");
                assertFalse(html.contains("</script><script>"), file);
            }
        }
        Document home = site.html("index.html");
        assertEquals(HOSTILE, home.selectFirst("nav.site-nav a[href$=timeline/]").text());
        assertEquals(HOSTILE, home.selectFirst("nav.site-nav").attr("aria-label"));
        assertEquals("Trade " + HOSTILE + " News", site.html("topics/trade/index.html").title());
        assertEquals("Trade " + HOSTILE + " News", site.xml("topics/trade/feed.xml").selectFirst("feed > title").text());
        assertEquals("Blog " + HOSTILE + " News", site.xml("articles/blog/feed.xml").selectFirst("feed > title").text());

        Document search = site.html("search/index.html");
        Element link = search.selectFirst("noscript a[href$=timeline/]");
        assertNotNull(link, "the link inside the sentence stays a link");
        assertEquals(HOSTILE, link.text());
        Element json = search.getElementById("gazette-labels");
        assertNotNull(json);
        assertTrue(json.data().contains("\"search.noResults\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(\\\"x\\\")"
                + "\\u003c/script\\u003e \\u0026 'q' {query}\""), json.data());
        Element live = site.html("articles/blog/index.html").getElementById("gazette-labels");
        assertNotNull(live);
        assertTrue(live.data().contains("\"live.showLatest\":\"\\u003c/script\\u003e\\u003cscript\\u003e"), live.data());
    }
}
