package gazette.site;

import gazette.config.TopicId;
import gazette.content.Slug;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Page paths and the relative way back to the root, so the site works at / and under a sub-path. */
class SitePathsTest {

    @Test
    void fromAnArticleTheRootIsTwoFoldersUp() {
        assertEquals("../../", SitePaths.rootFrom("articles/x/"));
    }

    @Test
    void fromTheHomePageTheRootIsHere() {
        assertEquals("./", SitePaths.rootFrom(""));
        assertEquals("./", SitePaths.rootFrom(SitePaths.HOME));
    }

    @Test
    void fromAFileAtTheTopTheRootIsHere() {
        assertEquals("./", SitePaths.rootFrom("feed.xml"));
        assertEquals("./", SitePaths.rootFrom("404.html"));
    }

    @Test
    void fromAFileInAFolderTheRootIsOneUpPerFolder() {
        assertEquals("../../", SitePaths.rootFrom("topics/trade/feed.xml"));
        assertEquals("../", SitePaths.rootFrom(SitePaths.TIMELINE));
        assertEquals("../../", SitePaths.rootFrom(SitePaths.term("places", "astana")));
    }

    @Test
    void folderPagesAreServedByTheirIndexFile() {
        assertEquals("index.html", SitePaths.file(""));
        assertEquals("articles/x/index.html", SitePaths.file("articles/x/"));
        assertEquals("feed.xml", SitePaths.file("feed.xml"));
    }

    @Test
    void pagePathsFollowTheContract() {
        assertEquals("articles/cameron/", SitePaths.article(new Slug("cameron")));
        assertEquals("articles/cameron/#arrival", SitePaths.update(new Slug("cameron"), "arrival"));
        assertEquals("topics/human-rights/", SitePaths.topic(new TopicId("human-rights")));
        assertEquals("topics/trade/feed.xml", SitePaths.topicFeed(new TopicId("trade")));
        assertEquals("people/", SitePaths.taxonomy("people"));
        assertEquals("tags/oil/", SitePaths.term("tags", "oil"));
        assertEquals("timeline/", SitePaths.TIMELINE);
        assertEquals("topics/", SitePaths.TOPICS);
        assertEquals("search/", SitePaths.SEARCH);
        assertEquals("feed.xml", SitePaths.FEED);
        assertEquals("sitemap.xml", SitePaths.SITEMAP);
    }

    @Test
    void noPagePathStartsWithASlash() {
        String[] paths = {SitePaths.article(new Slug("a")), SitePaths.topic(new TopicId("t")), SitePaths.term("tags", "x"),
                SitePaths.TIMELINE, SitePaths.FEED};
        for (String p : paths) {
            assertFalse(p.startsWith("/"), p);
        }
    }
}
