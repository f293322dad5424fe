package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: the seed site and an article whose file name, tags, people and places are written in
 * Chinese, Greek, Devanagari, Arabic, Korean, Polish and German. Features tested: each gets its
 * page under a URL name in its own letters (Latin ones spelled in ASCII), pages link to them,
 * the sitemap and feeds give their absolute URLs percent-encoded, and {@code check} finds every
 * link and URL whole.
 */
class NamesInAnyScriptTest {
    static final String ARTICLE = """
            ---
            title: Visit to Beijing
            date: 2013-07-02
            tags: [Αθήνα, दिल्ली, القاهرة, Straße]
            people: [김연아]
            places: [北京, Łódź]
            ---
            The delegation flew on to Beijing.
            """;

    @Test
    void eachNameGetsAPageUnderItsOwnLettersAndEveryLinkLeadsThere(@TempDir Path dir) {
        TestSite site = TestSite.seedCopy(dir).write("seeds/2013-07-02-北京访问.md", ARTICLE)
                .build("--base-url", "https://example.github.io/uk-kazakhstan/");
        for (String page : List.of("articles/北京访问/", "tags/αθήνα/", "tags/दिल्ली/", "tags/القاهرة/", "tags/strasse/",
                "people/김연아/", "places/北京/", "places/lodz/")) {
            assertTrue(site.exists(page + "index.html"), page + " in " + site.outputFiles());
        }

        Document article = site.html("articles/北京访问/index.html");
        Element athens = article.selectFirst("a[href=../../tags/αθήνα/]");
        assertNotNull(athens, article.html());
        assertEquals("Αθήνα", athens.text(), "the name as written");
        assertNotNull(article.selectFirst("a[href=../../places/北京/]"));
        Document places = site.html("places/index.html");
        assertNotNull(places.selectFirst("a[href=../places/lodz/]"), places.html());

        String sitemap = site.text("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.github.io/uk-kazakhstan/articles/%E5%8C%97%E4%BA%AC%E8%AE%BF%E9%97%AE/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://example.github.io/uk-kazakhstan/places/%E5%8C%97%E4%BA%AC/</loc>"), sitemap);
        assertTrue(site.text("feed.xml").contains("href=\"https://example.github.io/uk-kazakhstan/articles/%E5%8C%97%E4%BA%AC%E8%AE%BF%E9%97%AE/\""));
        assertTrue(article.selectFirst("link[rel=canonical]").attr("href")
                .equals("https://example.github.io/uk-kazakhstan/articles/%E5%8C%97%E4%BA%AC%E8%AE%BF%E9%97%AE/"));

        TestSite.Run check = site.run("check");
        assertEquals(0, check.code(), check.err());
    }

    @Test
    void aSlugKeyInAnotherScriptIsTakenAndASlugThatCouldLeaveItsFolderIsNot(@TempDir Path dir) {
        TestSite site = TestSite.seedCopy(dir).write("seeds/2013-07-02-visit.md", ARTICLE.replace("date:", "slug: 访问\ndate:"))
                .build();
        assertTrue(site.exists("articles/访问/index.html"), site.outputFiles().toString());

        site.write("seeds/2013-07-02-visit.md", ARTICLE.replace("date:", "slug: 访问/../x\ndate:"));
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("seeds/2013-07-02-visit.md:3:7: slug '访问/../x' must be lower-case letters, digits and single hyphens"),
                run.err());
    }
}
