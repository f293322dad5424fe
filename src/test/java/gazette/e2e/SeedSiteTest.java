package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: the repository's own seed site (gazette.yml, seeds/, default theme), built under the
 * GitHub Pages sub-path {@code /uk-kazakhstan/}. Features tested: the live blog's updates and
 * anchors, dates as precise as the sources, timeline order, topic membership, feeds, sitemap, and
 * that every internal link works under the sub-path.
 */
class SeedSiteTest {
    static final String BASE = "https://example.github.io/uk-kazakhstan/";
    static final String LIVE = "articles/cameron-first-pm-in-kazakhstan/index.html";
    static final String MOSCOW = "articles/almaty-business-is-best-defense/index.html";

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void build() {
        site = TestSite.seedCopy(dir).build("--base-url", BASE);
    }

    @Test
    void liveBlogShowsItsSevenUpdatesNewestFirstWithAnchors() {
        Document page = site.html(LIVE);
        Elements updates = page.select("article.update");
        List<String> titles = updates.stream().map(u -> u.selectFirst("h3").text()).toList();
        assertEquals(List.of(
                "Kazakhstan leader riled by human rights question",
                "Cameron: Kazakhstan is an 'emerging power'",
                "UK businesses get £700m Kazakhstan boost",
                "Cameron 'would like to be Harry Potter'",
                "Kazakh leader defends human rights record",
                "Kazakh president: I would vote for Cameron",
                "PM: UK to sign £700m trade deals in Kazakhstan"), titles);
        for (Element u : updates) {
            assertFalse(u.id().isEmpty());
            assertEquals("#" + u.id(), u.selectFirst("h3 a").attr("href"), "each update links to its own anchor");
        }
        assertEquals("cameron-would-like-to-be-harry-potter", updates.get(3).id());
    }

    @Test
    void updatesShowTheirOwnDateOrSayItIsNotGiven() {
        Document page = site.html(LIVE);
        Element first = page.getElementById("kazakhstan-leader-riled-by-human-rights-question");
        assertEquals("2013-07-01", first.selectFirst(".update-time time").attr("datetime"));
        Element potter = page.getElementById("cameron-would-like-to-be-harry-potter");
        assertNull(potter.selectFirst(".update-time time"));
        assertTrue(potter.selectFirst(".update-time").text().contains("Time not given"));
        Element last = page.getElementById("pm-uk-to-sign-700m-trade-deals-in-kazakhstan");
        assertEquals("30 June 2013", last.selectFirst(".update-time time").text());
    }

    @Test
    void captionsAndQuoteAttributionAreSemantic() {
        Document page = site.html(LIVE);
        Elements credits = page.select("figure figcaption .credit");
        assertEquals(4, credits.size(), "four photos with credits");
        assertEquals(3, credits.stream().filter(c -> c.text().equals("Credit: REUTERS/Leon Neal")).count());
        assertEquals("Nursultan Nazarbayev confronts ITV News correspondent Romilly Weeks",
                page.selectFirst("figure.caption-only:has(.caption-kind:contains(Video)) figcaption").ownText());
        Element quote = page.selectFirst("figure.quote");
        assertNotNull(quote.selectFirst("blockquote"));
        assertEquals("David Cameron", quote.selectFirst("figcaption cite").text());
        assertFalse(page.text().contains("Back to top"));
        assertFalse(page.text().contains("Live updates Kazakhstan"));
    }

    @Test
    void monthOnlyArticleShowsMonthAndDateline() {
        Document page = site.html(MOSCOW);
        Element published = page.selectFirst(".article-header time");
        assertEquals("1994-03", published.attr("datetime"));
        assertEquals("March 1994", published.text());
        Element firstParagraph = page.selectFirst(".article-body p");
        assertEquals("LONDON", firstParagraph.selectFirst(".dateline").text());
        assertTrue(firstParagraph.text().startsWith("LONDON — Kazakhstan President Nursultan Nazarbayev said Tuesday"));
        assertFalse(page.text().contains("Last Updated"));
    }

    @Test
    void timelineRunsFrom1994To2013InTheOrderThingsHappened() {
        Document page = site.html("timeline/index.html");
        List<String> years = page.select("section.year h2").eachText();
        assertEquals(List.of("1994", "2013"), years);
        List<String> links = page.select("section.year a").eachAttr("href");
        int deals = links.indexOf("../articles/cameron-first-pm-in-kazakhstan/#pm-uk-to-sign-700m-trade-deals-in-kazakhstan");
        int pressConference = links.indexOf("../articles/cameron-first-pm-in-kazakhstan/#kazakhstan-leader-riled-by-human-rights-question");
        assertTrue(deals >= 0 && pressConference >= 0, links::toString);
        assertTrue(deals < pressConference, "the 30 June trade-deals update comes before the 1 July press conference");
        Elements items = page.select("li.tl-item");
        assertTrue(items.stream().anyMatch(i -> i.text().contains("Perry") && i.hasClass("tl-event")));
        Element undated = items.stream().filter(i -> i.text().contains("Harry Potter")).findFirst().orElseThrow();
        assertTrue(undated.text().contains("Time not given"), undated::text);
    }

    @Test
    void theTimelineCallsALiveBlogALiveBlogAsTheHomePageDoes() {
        Element live = site.html("timeline/index.html").select("li.tl-item").stream()
                .filter(i -> i.select("a").attr("href").equals("../articles/cameron-first-pm-in-kazakhstan/") && !i.hasClass("tl-event"))
                .findFirst().orElseThrow();
        assertEquals("Live blog", live.selectFirst(".tl-kind").text());
        assertTrue(live.select(".meta").isEmpty(), "not said to be in itself: " + live.text());
        Element report = site.html("timeline/index.html").select("li.tl-item").stream()
                .filter(i -> i.select("a").attr("href").equals("../articles/almaty-business-is-best-defense/") && !i.hasClass("tl-event"))
                .findFirst().orElseThrow();
        assertEquals("Article", report.selectFirst(".tl-kind").text());
        assertEquals("Live blog", site.html("index.html").selectFirst(".latest a[href$='cameron-first-pm-in-kazakhstan/']")
                .closest("li, article").selectFirst(".badge").text(), "the home page's word for it");
    }

    @Test
    void topicPagesListTheirArticlesAndUpdates() {
        Document rights = site.html("topics/human-rights/index.html");
        assertTrue(rights.select("a").eachText().contains("Cameron first PM in Kazakhstan"));
        assertTrue(rights.select("a").eachAttr("href")
                .contains("../../articles/cameron-first-pm-in-kazakhstan/#kazakh-leader-defends-human-rights-record"));
        Document security = site.html("topics/security/index.html");
        assertTrue(security.select("a").eachText().contains("Almaty: Business Is Best Defense"));
        Document index = site.html("topics/index.html");
        assertEquals(List.of("Trade", "Human rights", "Security"), index.select("section.topic-summary h2").eachText());
    }

    @Test
    void feedsAreWellFormedAtomWithAbsoluteUrls() throws Exception {
        for (String feed : List.of("feed.xml", "topics/trade/feed.xml", "topics/human-rights/feed.xml", "topics/security/feed.xml",
                "articles/cameron-first-pm-in-kazakhstan/feed.xml")) {
            org.w3c.dom.Document xml = parseXml(feed);
            assertEquals("feed", xml.getDocumentElement().getLocalName());
            NodeList links = xml.getElementsByTagName("link");
            for (int i = 0; i < links.getLength(); i++) {
                String href = ((org.w3c.dom.Element) links.item(i)).getAttribute("href");
                assertTrue(href.startsWith(BASE), feed + " has a relative or foreign link: " + href);
            }
        }
        org.w3c.dom.Document site = parseXml("feed.xml");
        assertEquals(2, site.getElementsByTagName("entry").getLength());
    }

    /** A reader can follow the live blog in a feed reader: each update an entry, linked to its anchor. */
    @Test
    void theLiveBlogHasAFeedOfItsUpdatesLinkedFromItsPage() throws Exception {
        String blog = "articles/cameron-first-pm-in-kazakhstan/";
        org.w3c.dom.Document xml = parseXml(blog + "feed.xml");
        NodeList entries = xml.getElementsByTagName("entry");
        Document page = site.html(LIVE);
        List<String> anchors = page.select("article.update").eachAttr("id");
        assertEquals(7, entries.getLength());
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            assertEquals(BASE + blog + "#" + anchors.get(i), entry.getElementsByTagName("id").item(0).getTextContent(),
                    "entries in the page's order, newest first");
            assertEquals(page.select("article.update h3").get(i).text(), entry.getElementsByTagName("title").item(0).getTextContent());
        }
        org.w3c.dom.Element first = (org.w3c.dom.Element) entries.item(0);
        assertEquals("2013-07-01T00:00:00+06:00", first.getElementsByTagName("published").item(0).getTextContent());
        assertTrue(first.getElementsByTagName("content").item(0).getTextContent().contains("withering response"));
        // The page says "Time not given" for this update; the feed makes up no publication date for it.
        org.w3c.dom.Element undated = (org.w3c.dom.Element) entries.item(5);
        assertEquals("Kazakh president: I would vote for Cameron", undated.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(0, undated.getElementsByTagName("published").getLength());
        assertEquals(1, undated.getElementsByTagName("updated").getLength(), "Atom wants one on every entry");
        assertEquals(List.of("../../" + blog + "feed.xml"),
                page.select("head link[rel=alternate][href$=" + blog + "feed.xml]").eachAttr("href"));
        assertEquals("Feed of updates", page.selectFirst(".kicker a[href$=feed.xml]").text());
        assertFalse(site.exists("articles/almaty-business-is-best-defense/feed.xml"), "an article that is not live has none");
    }

    @Test
    void sitemapNamesOnlyPagesThatExist() throws Exception {
        org.w3c.dom.Document xml = parseXml("sitemap.xml");
        NodeList locs = xml.getElementsByTagName("loc");
        assertTrue(locs.getLength() > 10);
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(loc.startsWith(BASE), loc);
            String path = loc.substring(BASE.length());
            assertTrue(site.exists(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path), loc);
        }
        assertTrue(site.text("robots.txt").contains("Sitemap: " + BASE + "sitemap.xml"));
    }

    @Test
    void everyInternalLinkWorksUnderTheSubPath() {
        assertEquals(List.of(), SiteCrawler.brokenLinks(site, BASE));
    }

    @Test
    void hostingFilesArePresent() {
        assertTrue(site.exists(".nojekyll"));
        assertTrue(site.exists("404.html"));
        assertTrue(site.html("404.html").select("a").eachAttr("href").contains("/uk-kazakhstan/timeline/"));
        // Pages serves 404.html for every missing address: it names no canonical address they would all share.
        assertTrue(site.html("404.html").select("link[rel=canonical], meta[property=og:url]").isEmpty());
        assertFalse(site.exists("CNAME"), "no cname configured");
        assertTrue(site.outputFiles().stream().anyMatch(f -> f.matches("assets/style\\.[0-9a-f]{10}\\.css")));
    }

    @Test
    void pagesCarryCanonicalOpenGraphAndJsonLd() {
        Document page = site.html(LIVE);
        assertEquals(BASE + "articles/cameron-first-pm-in-kazakhstan/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("Cameron first PM in Kazakhstan", page.selectFirst("meta[property=og:title]").attr("content"));
        String json = page.selectFirst("script[type=application/ld+json]").data();
        assertTrue(json.contains("\"@type\":\"LiveBlogPosting\""));
        assertTrue(json.contains("\"liveBlogUpdate\":[{\"@type\":\"BlogPosting\""));
        // Each update's body is its text alone, the headline being a field of its own.
        assertTrue(json.contains("\"headline\":\"Kazakhstan leader riled by human rights question\""), json);
        assertFalse(json.contains("\"articleBody\":\"Kazakhstan leader riled"), json);
        assertTrue(site.html(MOSCOW).selectFirst("script[type=application/ld+json]").data().contains("\"NewsArticle\""));
    }

    private static org.w3c.dom.Document parseXml(String path) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(site.text(path).getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertNull(Object o) {
        org.junit.jupiter.api.Assertions.assertNull(o);
    }
}
