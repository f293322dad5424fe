package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sites: the seed site, and small sites with one broken link each. Features tested: {@code check}
 * passes a good site, reports a broken link or anchor at its line in the source file, a broken
 * template link at its line in the page, and writes nothing.
 */
class CheckCommandTest {
    static final String CONFIG = """
            -- gazette.yml --
            title: Test
            baseUrl: https://example.github.io/sub/
            topics: [{id: trade, title: Trade, keywords: [trade]}]
            """;

    @Test
    void seedSitePassesUnderItsSubPath(@TempDir Path dir) {
        TestSite.Run run = TestSite.seedCopy(dir).run("check");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("No errors in 2 articles"), run.out());
        assertFalse(Files.exists(dir.resolve("site-output")), "check writes nothing");
    }

    @Test
    void brokenLinkIsReportedAtItsSourceLine(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2013-07-01-one.md --
                ---
                title: One
                date: 2013-07-01
                ---
                First paragraph.

                See [the other story](../two/) and [the missing one](/articles/nowhere/).
                """ + """
                -- seeds/2013-07-02-two.md --
                ---
                title: Two
                date: 2013-07-02
                ---
                Back to [one's second section](/articles/one/#no-such-anchor), and [home](/).

                [Too far up](../../../../elsewhere/).
                """);
        TestSite.Run run = site.run("check");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("seeds/2013-07-02-two.md:7:1: broken link '../../../../elsewhere/': leads outside the site (/)"),
                run.err());
        assertTrue(run.err().contains("seeds/2013-07-01-one.md:7:36: broken link '/articles/nowhere/': no page articles/nowhere/"),
                run.err());
        assertTrue(run.err().contains("seeds/2013-07-02-two.md:5:9: broken link '/articles/one/#no-such-anchor': no anchor #no-such-anchor"),
                run.err());
        assertEquals(3, run.err().lines().filter(l -> l.contains("broken link")).count(),
                "each broken link once, at its source line:\n" + run.err());
    }

    @Test
    void referenceStyleLinksAndImagesAreCheckedWhereTheyAreWritten(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2013-07-01-one.md --
                ---
                title: One
                date: 2013-07-01
                ---
                See [the other piece][r], [gone][], [missing] and ![a chart][chart].
                [Fine][ok], [Back to top](#top), and [undefined][nowhere] is only text.

                [r]: /articles/nothere/
                [gone]: /articles/gone/
                [missing]: ../missing/
                [chart]: chart.png
                [ok]: /articles/one/
                """);
        TestSite.Run run = site.run("check");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("seeds/2013-07-01-one.md:5:5: broken link '/articles/nothere/': no page articles/nothere/"),
                run.err());
        assertTrue(run.err().contains("seeds/2013-07-01-one.md:5:27: broken link '/articles/gone/'"), run.err());
        assertTrue(run.err().contains("seeds/2013-07-01-one.md:5:37: broken link '../missing/'"), run.err());
        assertTrue(run.err().contains("seeds/2013-07-01-one.md:5:51: broken link 'chart.png'"), run.err());
        assertEquals(4, run.err().lines().filter(l -> l.contains("broken link")).count(),
                "#top is the top of any page, as HTML defines; the defined [ok] link works:\n" + run.err());
    }

    @Test
    void brokenTemplateLinkIsReportedAtItsTemplateLineOrElseInThePage(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2013-07-01-one.md --
                ---
                title: One
                date: 2013-07-01
                ---
                Text.
                -- templates/term.ftlh --
                <!DOCTYPE html>
                <html lang="en"><head><title>${term.name}</title></head>
                <body><a href="${root}missing-page/">x</a> <a href="${root}missing-page/">again</a> <a href="#nope">y</a></body></html>
                -- templates/topics.ftlh --
                <!DOCTYPE html>
                <html lang="en"><head><title>Topics</title></head>
                <body><a href="%zz-topics">x</a> <a href="${root}${'gone-'}x/">made of values</a></body></html>
                -- templates/home.ftlh --
                <!DOCTYPE html>
                <html lang="en"><head><title>Home</title></head>
                <body><a href="%qq-home">x</a></body></html>
                -- templates/404.ftlh --
                <!DOCTYPE html>
                <html lang="en"><head><title>Not found</title></head>
                <body><a href="${root}missing-page/">x</a></body></html>
                """ .replace("-- seeds/2013-07-01-one.md --\n---\ntitle: One\ndate: 2013-07-01\n---\nText.\n",
                        "-- seeds/2013-07-01-one.md --\n---\ntitle: One\ndate: 2013-07-01\ntags: [x, y, z]\n---\nText.\n"));
        TestSite.Run run = site.run("check");
        assertEquals(1, run.code());
        // At each place a template writes it (check builds in memory: the pages are nowhere on disk), once for
        // all the pages that have it, saying how many and naming an ordinary one (404.html sorts first, but is the
        // last page anyone opens). Pages, not links, are counted (the link is twice on each tag's page); an anchor
        // on the page itself is one mistake too. Two different invalid links, each once: "is not a valid URL"
        // alone made them one. A link made of values alone is not found in the templates: it is reported at
        // the first page, as a link in a template.
        assertEquals(List.of("site-output/topics/index.html:3:34: broken link '../gone-x/': no page gone-x/",
                "templates/404.ftlh:3:16: broken link '${root}missing-page/': no page missing-page/"
                + " (on 4 pages, such as site-output/tags/x/index.html)",
                "templates/home.ftlh:3:16: broken link '%qq-home': is not a valid URL (on site-output/index.html)",
                "templates/term.ftlh:3:16: broken link '${root}missing-page/': no page missing-page/"
                + " (on 4 pages, such as site-output/tags/x/index.html)",
                "templates/term.ftlh:3:53: broken link '${root}missing-page/': no page missing-page/"
                + " (on 4 pages, such as site-output/tags/x/index.html)",
                "templates/term.ftlh:3:94: broken link '#nope': no anchor #nope on tags/x/ (on 3 pages, such as site-output/tags/x/index.html)",
                "templates/topics.ftlh:3:16: broken link '%zz-topics': is not a valid URL (on site-output/topics/index.html)"),
                run.err().lines().filter(l -> l.contains("broken link")).sorted().toList());
    }

    @Test
    void aBrokenLinkIsBlamedOnlyOnTheTemplatesThatMadeThePagesItBreaksOn(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2013-07-01-one.md --
                ---
                title: One
                date: 2013-07-01
                ---
                Text.
                -- seeds/2013-07-02-two.md --
                ---
                title: Two
                date: 2013-07-02
                ---
                Text.
                -- templates/home.ftlh --
                <!DOCTYPE html>
                <html lang="en"><head><title>Home</title></head>
                <body><a href="about/">about</a></body></html>
                -- templates/article.ftlh --
                <!DOCTYPE html>
                <html lang="en"><head><title>${article.title}</title></head>
                <body><div class="article-body">${article.body}</div>
                <a href="about/">about</a></body></html>
                """);
        TestSite.Run run = site.run("check");
        assertEquals(1, run.code());
        // home.ftlh makes no article page, and article.ftlh's one line breaks on both articles: two reports, not four.
        assertEquals(List.of("templates/article.ftlh:4:10: broken link 'about/': no page articles/one/about/"
                        + " (on 2 pages, such as site-output/articles/one/index.html)",
                "templates/home.ftlh:3:16: broken link 'about/': no page about/ (on site-output/index.html)"),
                run.err().lines().filter(l -> l.contains("broken link")).sorted().toList());
    }

    @Test
    void aFeedTemplateThatWritesMalformedXmlIsReportedWhereTheXmlBreaks(@TempDir Path dir) {
        // Freemarker escapes the values a template prints, not the template's own text: a bare & in it.
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2013-07-01-one.md --
                ---
                title: One
                date: 2013-07-01
                ---
                Text.
                -- templates/feed.ftlx --
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>${id}</id>
                <generator>Gazette & friends</generator>
                <link rel="self" href="${self}"/><updated>${updated}</updated></feed>
                """);
        TestSite.Run run = site.run("check");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("site-output/feed.xml:3:21: not well-formed XML, which feed readers refuse: The entity name"
                + " must immediately follow the '&' in the entity reference."), run.err());
        assertEquals(0, site.run("build").code(), "build writes what the templates say; check is what finds it");
    }

    /** A live blog's feed links each entry to an update's anchor: the anchor must be on the page. */
    @Test
    void aFeedEntryLinkingToAnAnchorThePageLacksIsReported(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2013-07-01-live.md --
                ---
                title: Live
                date: 2013-07-01
                type: live
                ---
                Intro.

                ## Arrival

                Text.
                """);
        TestSite.Run good = site.run("check");
        assertEquals(0, good.code(), good.err());
        site.write("templates/feed.ftlx", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>${id}</id>
                <link rel="self" href="${self}"/><updated>${updated}</updated>
                <#list entries as e><entry><link rel="alternate" href="${e.url}-old"/></entry></#list></feed>
                """);
        TestSite.Run run = site.run("check");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("site-output/articles/live/feed.xml:1:1: 'https://example.github.io/sub/articles/live/#arrival-old'"
                + " names an anchor that is not on its page"), run.err());
    }

    @Test
    void brokenTemplateLinkBesideAnArticleBodyIsReportedInThePage(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2013-07-01-one.md --
                ---
                title: One
                date: 2013-07-01
                ---
                Text with [a link home](/).
                -- templates/article.ftlh --
                <!DOCTYPE html>
                <html lang="en"><head><title>${article.title}</title></head>
                <body><div class="article-body">${article.body}</div>
                <a href="${root}missing-page/">x</a></body></html>
                """);
        TestSite.Run run = site.run("check");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("templates/article.ftlh:4:10: broken link '${root}missing-page/': no page missing-page/"
                + " (on site-output/articles/one/index.html)"), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("broken link")).count(), "the link in the text is fine:\n" + run.err());
    }

    @Test
    void contentErrorsAreReportedByCheckToo(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/bad.md --
                ---
                title: Bad
                date: 2013-07-01
                topics: [trad]
                ---
                """);
        TestSite.Run run = site.run("check");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("seeds/bad.md:4:10: unknown topic 'trad' (known: trade)"), run.err());
    }

    @Test
    void manyContentErrorsAreCountedInFullByBuildAndCheck(@TempDir Path dir) {
        StringBuilder files = new StringBuilder(CONFIG);
        for (int i = 0; i < 120; i++) {
            files.append("-- seeds/bad-").append(i).append(".md --\n---\ntitle: Bad\ndate: 2013-07-01\ntopics: [trad]\n---\n");
        }
        TestSite site = TestSite.of(dir, files.toString());
        TestSite.Run check = site.run("check");
        assertEquals(1, check.code());
        assertEquals(100, check.err().lines().filter(line -> line.contains("unknown topic 'trad'")).count(), check.err());
        assertTrue(check.err().endsWith("... and 20 more problems\ngazette check: 120 errors\n"), check.err());
        TestSite.Run build = site.run("build");
        assertEquals(1, build.code());
        assertTrue(build.err().endsWith("... and 20 more problems\ngazette: 120 errors; nothing was written\n"), build.err());
    }

    @Test
    void explainTopicsPrintsTheMatchedWords(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2013-07-01-one.md --
                ---
                title: One
                date: 2013-07-01
                ---
                A story about TRADE.
                """);
        TestSite.Run run = site.run("check", "--explain-topics");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("seeds/2013-07-01-one.md: trade (trade)"), run.out());
    }
}
