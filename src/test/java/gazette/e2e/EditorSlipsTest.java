package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: a live blog written as {@code gazette new --live} starts one, that goes past midnight with
 * bare times, and has an update titled only with an emoji; and an imported article whose commented
 * {@code author} and {@code source} were uncommented but not filled in. Features tested: the update
 * after midnight is dated on the next day on the page, the timeline and the blog's feed; the emoji
 * update gets a clean anchor; the empty fields are warned about and show nowhere.
 */
class EditorSlipsTest {
    private static final String LIVE = "articles/overnight-blog/index.html";

    @TempDir
    static Path dir;
    static TestSite site;
    static TestSite.Run run;

    @BeforeAll
    static void build() {
        site = TestSite.of(dir, """
                -- gazette.yml --
                title: Test
                baseUrl: https://example.org/
                timezone: Asia/Almaty
                -- seeds/2026-12-03-overnight-blog.md --
                ---
                title: "Overnight blog"
                date: 2026-12-03T23:10:00+05:00
                type: live
                ---

                What this live blog follows.

                ## 🎉

                *00:40*

                Celebrations.

                ## After midnight

                *00:20*

                Newer.

                ## First update

                *23:10*

                Older.
                -- seeds/2013-07-01-imported.md --
                ---
                title: "Imported"
                date: 2013-07-01
                author: ""
                source: " "
                ---
                Copy from the wire.
                """);
        run = site.run("build");
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void anUpdatePastMidnightIsOnTheNextDayOnThePage() {
        Document page = site.html(LIVE);
        assertEquals("2026-12-04T00:20+05:00", page.getElementById("after-midnight").selectFirst(".update-time time").attr("datetime"));
        assertEquals("2026-12-03T23:10+05:00", page.getElementById("first-update").selectFirst(".update-time time").attr("datetime"));
    }

    @Test
    void andOnTheTimelineAndInTheBlogsFeed() {
        assertTrue(site.text("timeline/index.html").contains("<time datetime=\"2026-12-04T00:20+05:00\">December 4, 2026, 12:20 AM"),
                site.text("timeline/index.html"));
        Document feed = site.xml("articles/overnight-blog/feed.xml");
        assertEquals("2026-12-04T00:40:00+05:00", feed.selectFirst("feed > updated").text());
        assertEquals(List.of("2026-12-04T00:40:00+05:00", "2026-12-04T00:20:00+05:00", "2026-12-03T23:10:00+05:00"),
                feed.select("entry > published").eachText());
    }

    @Test
    void anUpdateTitledWithAnEmojiGetsACleanAnchor() {
        Document page = site.html(LIVE);
        assertTrue(page.getElementById("update") != null, page.select("article[id]").eachAttr("id").toString());
        assertEquals("#update", page.selectFirst("a[href^=#update]").attr("href"));
    }

    @Test
    void emptyAuthorAndSourceAreWarnedAboutAndShownNowhere() {
        assertTrue(run.err().contains("seeds/2013-07-01-imported.md:4:9: warning: 'author' is empty and is ignored"), run.err());
        assertTrue(run.err().contains("seeds/2013-07-01-imported.md:5:9: warning: 'source' is empty and is ignored"), run.err());
        Document page = site.html("articles/imported/index.html");
        assertTrue(page.selectFirst("p.meta").text().startsWith("Published"), page.selectFirst("p.meta").text());
        assertFalse(site.text("articles/imported/index.html").contains("\"name\":\"\""), "no nameless author in the JSON-LD");
        site.xml("feed.xml").select("entry > author > name").forEach(name -> assertFalse(name.text().isBlank(), "a feed author with no name"));
    }
}
