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
 * DEL, a C1 control, a noncharacter) in its title and body. Features tested: the feeds are still
 * well-formed XML a strict parser reads, and no page or data file carries the characters.
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
}
