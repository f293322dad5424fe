package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: {@link RussianSiteTest}'s articles (topics of 1, 2, 5, 11, 21 and 22 articles, a live blog of
 * 21 updates) on a site with {@code language: uk}, for which Gazette has no table of words. Features
 * tested: English words count by English rules, not Ukrainian ones (21 is "one" in Ukrainian, so the
 * pages said "21 article"); the scripts are handed no English to count by the page's rules; a site's
 * own Ukrainian words missing a form are a warning and their {@code other} form stands in.
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

    @Test
    void ukrainianWordsMissingAFormAreAWarningAndTheirOtherFormStandsIn(@TempDir Path dir) {
        TestSite site = RussianSiteTest.site(dir, "uk", """
                labels:
                  count.articles.one: "{count} стаття"
                  count.articles.other: "{count} статті"
                """);
        TestSite.Run run = site.run("build");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("gazette.yml:14:3: warning: label 'count.articles' has no few, many form, which Ukrainian"
                + " uses"), run.err());
        String text = site.html("topics/index.html").text();
        assertTrue(text.contains("21 стаття") && text.contains("5 статті") && text.contains("1 стаття"), text);
    }
}
