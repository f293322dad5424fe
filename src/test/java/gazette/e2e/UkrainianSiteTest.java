package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: {@link RussianSiteTest}'s articles (topics of 1, 2, 5, 11, 21 and 22 articles, a live blog of
 * 21 updates) on a site with {@code language: uk}, for which Gazette has no table of words. Features
 * tested: English words count by English rules, not Ukrainian ones (21 is "one" in Ukrainian, so the
 * pages said "21 article"); and the scripts are handed no English to count by the page's rules.
 */
class UkrainianSiteTest {

    @Test
    void englishWordsCountAsEnglishDoes(@TempDir Path dir) {
        TestSite site = RussianSiteTest.site(dir, "uk", "").build();
        Document topics = site.html("topics/index.html");
        Map<Integer, String> expected = Map.of(1, "1 article", 2, "2 articles", 5, "5 articles",
                11, "11 articles", 21, "21 articles", 22, "22 articles");
        for (int n : RussianSiteTest.TOPIC_SIZES) {
            String meta = topics.selectFirst("#topic-t" + n).parent().selectFirst("p.meta").text();
            assertTrue(meta.startsWith(expected.get(n) + ", 0 live updates"), meta);
        }
        assertTrue(site.html("articles/vizit/index.html").selectFirst("p.kicker").text().contains("21 updates"));
        assertNull(site.html("search/index.html").getElementById("gazette-labels"),
                "the scripts say their own English, counted by English rules");
        assertNull(site.html("articles/vizit/index.html").getElementById("gazette-labels"));
    }
}
