package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: one article pasted from wire copy with stray control characters (BEL, vertical tab, form feed,
 * DEL, a C1 control, a noncharacter) in its title and body; one that writes such characters as YAML
 * escapes in its front matter and as character references in its Markdown. Features tested: the feeds
 * are still well-formed XML a strict parser reads, and no page or data file carries the characters.
 */
class ControlCharacterTest {
    private static final String STRAY = "\u0007\u000B\f\u007F\u0085\uFFFE";

    @TempDir
    Path dir;

    @Test
    void strayControlCharactersReachNoPageFeedOrSearchData() {
        TestSite site = TestSite.of(dir, """
                -- gazette.yml --
                title: Wire
                baseUrl: https://example.org/
                topics: [{id: trade, title: Trade}]
                -- seeds/2013-07-01-wire.md --
                ---
                title: Wheat deal%s signed
                date: 2013-07-01
                topics: [trade]
                ---
                ASTANA (Reuters) -%s The wheat deal was signed.
                """.formatted(STRAY, STRAY)).build();
        for (String feed : List.of("feed.xml", "topics/trade/feed.xml")) {
            byte[] xml = site.text(feed).getBytes(StandardCharsets.UTF_8);
            assertDoesNotThrow(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml)),
                    feed + " is well-formed XML");
        }
        for (String file : List.of("articles/wire/index.html", "feed.xml", "search/index.json", "index.html")) {
            String text = site.text(file);
            assertTrue(text.contains("The wheat deal was signed."), file);
            assertFalse(text.chars().anyMatch(c -> STRAY.indexOf(c) >= 0), file + " carries a control character");
        }
    }

    @Test
    void escapesAndReferencesForForbiddenCharactersBecomeReplacementCharacters() {
        TestSite site = TestSite.of(dir, """
                -- gazette.yml --
                title: "Wire\\x07 desk"
                baseUrl: https://example.org/
                topics: [{id: trade, title: Trade}]
                -- seeds/2013-07-01-wire.md --
                ---
                title: "Wheat\\x07 deal \\u0001signed\\uD800"
                summary: "Grain \\uFFFE export"
                date: 2013-07-01
                topics: [trade]
                tags: ["wheat\\x85 trade"]
                ---
                Bell &#7; start &#x1; high &#xD800; and &#xFFFE; and &#x1FFFF; end, AT&amp;T &#233;.

                ## Update &#x7F; one

                Body &#x85; text.
                """).build();
        for (String feed : List.of("feed.xml", "topics/trade/feed.xml")) {
            byte[] xml = site.text(feed).getBytes(StandardCharsets.UTF_8);
            assertDoesNotThrow(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml)),
                    feed + " is well-formed XML");
        }
        for (String file : List.of("articles/wire/index.html", "feed.xml", "search/index.json", "index.html", "timeline/index.html",
                "tags/wheat-trade/index.html")) {
            String text = site.text(file);
            assertFalse(text.codePoints().anyMatch(ControlCharacterTest::notAllowedInHtmlOrXml), file + " carries a forbidden character");
        }
        String page = site.text("articles/wire/index.html");
        assertTrue(page.contains("Wheat\uFFFD deal \uFFFDsigned\uFFFD"), "the title, each escape shown as U+FFFD");
        assertTrue(page.contains("Bell \uFFFD start \uFFFD high \uFFFD and \uFFFD and \uFFFD end, AT&amp;T \u00E9."),
                "each reference shown as U+FFFD, the others resolved");
        assertTrue(page.contains("Body \uFFFD text."), page);
        assertTrue(site.text("index.html").contains("Grain \uFFFD export"), "the summary");
    }

    /** Control characters but tab and line ends, noncharacters, and (as code points) halves of surrogate pairs. */
    private static boolean notAllowedInHtmlOrXml(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c >= 0xFDD0 && c <= 0xFDEF
                || (c & 0xFFFE) == 0xFFFE || c >= 0xD800 && c <= 0xDFFF;
    }
}
