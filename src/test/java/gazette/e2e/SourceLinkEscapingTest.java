package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: one article whose {@code source_url} holds quotes, an ampersand and angle brackets, as a link
 * pasted from an address bar may. Features tested: the link is accepted (it is https), its angle
 * brackets are percent-encoded as a browser would send them, and what remains ({@code &}, {@code '})
 * is escaped in the HTML attribute and the JSON-LD, so the link reads back exactly and closes
 * nothing; the feeds stay well-formed. {@code import --source-url} takes the same link.
 */
class SourceLinkEscapingTest {
    static final String WRITTEN = "https://example.org/?b='q'&c=<x>\"y\"";
    static final String LINK = "https://example.org/?b='q'&c=%3Cx%3E%22y%22";

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.of(dir, """
                -- gazette.yml --
                title: Site
                baseUrl: https://example.org/news/
                topics: [{id: trade, title: Trade}]
                -- seeds/2013-07-01-linked.md --
                ---
                title: Linked
                date: 2013-07-01
                source: "A & B's <Times>"
                source_url: '%s'
                topics: [trade]
                ---
                Text.
                """.formatted(WRITTEN.replace("'", "''"))).build();
    }

    @Test
    void theLinkReadsBackFromTheAttributes() {
        Document page = site.html("articles/linked/index.html");
        assertEquals(2, page.select("a").eachAttr("href").stream().filter(LINK::equals).count(),
                page.select("a").eachAttr("href").toString());
        String html = site.text("articles/linked/index.html");
        assertFalse(html.contains("<x>") || html.contains("c=<"), "no angle bracket of the link in the page");
        assertTrue(html.contains("&amp;c=%3Cx%3E"), "the ampersand is escaped in the attribute");
    }

    @Test
    void theLinkReadsBackFromTheJsonLd() {
        String json = site.html("articles/linked/index.html").selectFirst("script[type=application/ld+json]").data();
        assertFalse(json.contains("</") || json.contains("<x"), json);
        assertTrue(json.contains("\"isBasedOn\":\"https://example.org/?b='q'\\u0026c=%3Cx%3E%22y%22\"")
                || json.contains("\"isBasedOn\": \"https://example.org/?b='q'\\u0026c=%3Cx%3E%22y%22\""), json);
    }

    @Test
    void theFeedsStayWellFormed() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String feed : new String[] {"feed.xml", "topics/trade/feed.xml"}) {
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(site.text(feed).getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void importTakesTheSameLink(@TempDir Path other) throws Exception {
        TestSite imported = TestSite.at(other).write("raw/copy.txt", "Linked\n\nSome text here.\n");
        TestSite.Run run = imported.run("import", "raw/copy.txt", "--date", "2013-07-01", "--source-url", WRITTEN);
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(other.resolve("seeds/2013-07-01-linked.md")).contains("source_url: \"" + LINK.replace("\"", "\\\"") + "\"\n"));
    }
}
