package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: one article whose every field is hostile — script tags, quotes, ampersands, a
 * {@code </script>} in the title, raw HTML and a {@code javascript:} link in the body. Features
 * tested: all of it arrives as text in HTML, attributes, JSON-LD, Atom and the search index.
 */
class EscapingTest {
    static final String TITLE = "<script>alert(1)</script> \"Quotes\" & 'apostrophes' </script><!--";

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.of(dir, """
                -- gazette.yml --
                title: "Site <b>bold</b> & co"
                baseUrl: https://example.org/news/
                topics: [{id: trade, title: "Trade <i>&</i> more"}]
                -- seeds/2013-07-01-hostile.md --
                ---
                title: '%s'
                date: 2013-07-01
                summary: "\\"><img src=x onerror=alert(2)>"
                author: "<b>Mallory</b>"
                dateline: "<em>LONDON</em>"
                topics: [trade]
                tags: ["<script>x</script>"]
                ---
                Body with <script>alert(3)</script> and <img src=x onerror=alert(4)> raw HTML.

                [click](javascript:alert(5)) [shout](JAVASCRIPT:alert(6)) [coded](&#106;avascript:alert(7))
                [tabbed](java&#x09;script:alert(8)) [old](vbscript:msgbox(9)) [page](data:text/html,x)
                """.formatted(TITLE.replace("'", "''"))).build();
    }

    @Test
    void titleIsTextInThePageAndItsAttributes() {
        Document page = site.html("articles/hostile/index.html");
        assertEquals(TITLE, page.selectFirst("h1").text());
        assertEquals(TITLE, page.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(page.select("script").stream().allMatch(s -> s.attr("type").equals("application/ld+json")),
                "no script element but the JSON-LD one");
        assertTrue(page.select("img").isEmpty(), "no image element injected");
        assertFalse(site.text("articles/hostile/index.html").contains("<script>alert"));
    }

    @Test
    void bodyHtmlIsShownAsTextAndScriptLinksAreDropped() {
        Document page = site.html("articles/hostile/index.html");
        assertTrue(page.selectFirst(".article-body").text().contains("<script>alert(3)</script>"));
        assertTrue(page.select("a[href^=javascript]").isEmpty());
        assertEquals(List.of(), page.select(".article-body a").eachAttr("href"), "no script, vbscript or data link in any spelling");
        assertTrue(page.selectFirst(".article-body").text().contains("click shout coded tabbed old page"), "the links' text stays");
        assertEquals("<em>LONDON</em>", page.selectFirst(".dateline").text());
    }

    @Test
    void jsonLdStaysOneScriptAndParsesBackToTheTitle() {
        Document page = site.html("articles/hostile/index.html");
        String json = page.selectFirst("script[type=application/ld+json]").data();
        assertFalse(json.contains("</script"), json);
        assertTrue(json.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\\"Quotes\\\" \\u0026"), json);
    }

    @Test
    void feedIsWellFormedAndCarriesTheTitleAsText() throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(site.text("feed.xml").getBytes(StandardCharsets.UTF_8)));
        var entryTitle = xml.getElementsByTagName("entry").item(0).getFirstChild();
        String titles = xml.getElementsByTagName("title").item(1).getTextContent();
        assertEquals(TITLE, titles, String.valueOf(entryTitle));
    }

    @Test
    void siteAndTopicNamesAreEscapedEverywhere() {
        Document home = site.html("index.html");
        assertEquals("Site <b>bold</b> & co", home.selectFirst(".site-title").text());
        assertTrue(home.select("b").isEmpty());
        assertTrue(site.html("topics/trade/index.html").selectFirst("h1").text().equals("Trade <i>&</i> more"));
        assertTrue(site.exists("tags/script-x-script/index.html"));
    }

    @Test
    void searchIndexIsJsonThatCanNotCloseAScript() {
        String index = site.text("search/index.json");
        assertFalse(index.contains("<"), "angle brackets are escaped in the search data");
    }
}
