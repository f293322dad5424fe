package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sites: the raw seed copy imported with {@code gazette import}, and dropped into {@code seeds/} as
 * {@code .txt} with a sidecar {@code .yml}. Features tested: both build into pages with the same
 * headlines and update anchors as the curated Markdown articles.
 */
class RawCopySiteTest {
    static final Path RAW = Path.of("src/test/resources/rawcopy/seeds");
    static final String LIVE_RAW = "000_be17fb8f742894ba.txt";
    static final String MOSCOW_RAW = "003_ed86e922d107c84f.txt";

    @Test
    void importedSeedsBuildIntoTheSameHeadlinesAndAnchors(@TempDir Path curatedDir, @TempDir Path importedDir)
            throws IOException {
        TestSite curated = TestSite.seedCopy(curatedDir).build();
        TestSite imported = TestSite.at(importedDir);
        Files.copy(TestSite.repoRoot().resolve("gazette.yml"), importedDir.resolve("gazette.yml"));
        imported.write("raw/" + LIVE_RAW, Files.readAllBytes(RAW.resolve(LIVE_RAW)));
        imported.write("raw/" + MOSCOW_RAW, Files.readAllBytes(RAW.resolve(MOSCOW_RAW)));
        TestSite.Run first = imported.run("import", "raw/" + LIVE_RAW, "--into", "seeds", "--date", "2013-06-30",
                "--source", "ITV News");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("7 live updates"), first.out());
        TestSite.Run second = imported.run("import", "raw/" + MOSCOW_RAW, "--into", "seeds", "--date", "1994-03",
                "--source", "The Moscow Times");
        assertEquals(0, second.code(), second.err());
        imported.build();

        String live = "articles/cameron-first-pm-in-kazakhstan/index.html";
        assertEquals(updates(curated.html(live)), updates(imported.html(live)));
        String moscow = "articles/almaty-business-is-best-defense/index.html";
        assertEquals(curated.html(moscow).selectFirst("h1").text(), imported.html(moscow).selectFirst("h1").text());
        assertEquals(curated.html(moscow).selectFirst(".article-body p").text(),
                imported.html(moscow).selectFirst(".article-body p").text());
    }

    /**
     * A paste of updates oldest first, one time with its zone and one without: set newest first, both
     * in BST, so the build puts them on the blog's day (the bare one was taken for the next day's,
     * in the site's zone).
     */
    @Test
    void oldestFirstLiveCopyBuildsOnItsDay(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.at(dir).write("gazette.yml", "title: T\nbaseUrl: https://example.org/\ntimezone: Asia/Almaty\n")
                .write("raw/live.txt", """
                        Cameron in Astana

                        Live updates

                        10:32am
                        Cameron lands in Astana
                        The Prime Minister's plane landed this morning.

                        14:05 BST
                        Deals signed
                        Deals worth £700m were signed at the Akorda palace.
                        """);
        TestSite.Run run = site.run("import", "raw/live.txt", "--date", "2013-07-01");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("  the updates ran oldest first (10:32+01:00 to 14:05+01:00): set newest first, as a live blog runs\n"),
                run.out());
        site.build();
        var page = site.html("articles/cameron-in-astana/index.html");
        assertEquals(List.of("deals-signed", "cameron-lands-in-astana"), page.select("article.update").eachAttr("id"));
        assertEquals(List.of("2013-07-01T14:05+01:00", "2013-07-01T10:32+01:00"),
                page.select("article.update .update-time time").eachAttr("datetime"));
    }

    /** Raw copy in seeds/ is warned of as gazette import warns of it: here, bare times in a copy naming two zones. */
    @Test
    void aBuildWarnsOfRawCopyAsImportDoes(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.at(dir).write("gazette.yml", "title: T\nbaseUrl: https://example.org/\ntimezone: Asia/Almaty\n")
                .write("seeds/live.txt", """
                        Cameron in Astana

                        Live updates

                        16:05 ALMT
                        Deals signed
                        Deals worth £700m were signed at the Akorda palace.

                        11:00
                        Talks begin
                        The two leaders met.

                        10:32 BST
                        Cameron lands in Astana
                        The Prime Minister's plane landed this morning.
                        """)
                .write("seeds/live.yml", "date: 2013-07-01\n");
        TestSite.Run run = site.run("build");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("seeds/live.txt:10:1: warning: the update times name more than one zone")),
                run.err());
        // What the build finds in the Markdown made from the copy is at the copy's line too (it was line 9 of the Markdown).
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("seeds/live.txt:10:1: warning: update time '11:00' is earlier")),
                run.err());
        assertEquals(run.err(), site.run("build").err(), "an incremental build that reads nothing again says it again");
    }

    /** Wire copy names its agency in the dateline: that is the source, where the editor gives none. */
    @Test
    void theDatelinesAgencyIsTheSourceOfImportedCopyAndOfCopyInSeeds(@TempDir Path dir) throws IOException {
        String copy = "Hosepipe ban announced\n\nBRIGHTON, England (Reuters) - Millions of households will be banned.\n";
        TestSite site = TestSite.at(dir).write("gazette.yml", "title: T\nbaseUrl: https://example.org/\ntimezone: Europe/London\n")
                .write("raw/ban.txt", copy)
                .write("seeds/2026-06-03-ban-again.txt", copy.replace("Hosepipe", "Second hosepipe"))
                .write("seeds/2026-06-03-ban-again.yml", "date: 2026-06-03\n")
                .write("seeds/2026-06-04-ban-argus.txt", copy.replace("Hosepipe", "Third hosepipe"))
                .write("seeds/2026-06-04-ban-argus.yml", "date: 2026-06-04\nsource: The Argus\n");
        TestSite.Run run = site.run("import", "raw/ban.txt", "--date", "2026-06-02");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\n  source: Reuters (named in the dateline; --source gives another)\n"), run.out());
        site.build();
        for (String page : List.of("hosepipe-ban-announced", "ban-again")) {
            assertTrue(site.html("articles/" + page + "/index.html").selectFirst("p.meta").text().startsWith("Reuters · "), page);
        }
        assertTrue(site.html("articles/ban-argus/index.html").selectFirst("p.meta").text().startsWith("The Argus · "),
                "the sidecar's source wins");
    }

    @Test
    void importWarnsOfCopyReadInTheWrongEncodingAtItsPlace(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.at(dir).write("raw/visit.txt", "Cameronâ€™s visit\n\nThe Prime Minister arrived in Astana.\n");
        TestSite.Run run = site.run("import", "raw/visit.txt", "--date", "2013-07-01");
        assertEquals(0, run.code(), "a warning: the copy is imported");
        assertTrue(run.err().startsWith("raw/visit.txt:1:8: warning: 'â€™' looks like text saved again after being read in the wrong"
                + " encoding"), run.err());
        // The address is for good: made from the headline as it was, not "camerona-tms-visit".
        assertTrue(Files.exists(dir.resolve("seeds/2013-07-01-camerons-visit.md")), run.out());
    }

    @Test
    void importRefusesAMonthForALiveBlogWhoseUpdatesHaveTimes(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.at(dir).write("gazette.yml", "title: Test\nbaseUrl: https://example.org/\ntimezone: Asia/Almaty\n")
                .write("raw/live.txt", """
                Talks in Astana

                Live updates

                15:20 BST
                Talks end

                The talks ended.

                14:05 BST
                Talks begin

                The talks began.
                """).write("raw/other.txt", "Talks end\n\nThe talks ended today.\n");
        TestSite.Run month = site.run("import", "raw/other.txt", "raw/live.txt", "--date", "1994-03");
        assertEquals(1, month.code(), month.out());
        assertEquals("raw/live.txt:1:1: is a live blog whose update times (15:20+01:00, 14:05+01:00) need a day, and --date 1994-03"
                + " gives only a month (give the day the blog began: --date 1994-03-DD)", month.err().lines().findFirst().orElseThrow());
        assertTrue(!Files.exists(dir.resolve("seeds")), "nothing written");
        TestSite.Run day = site.run("import", "raw/live.txt", "--date", "1994-03-15");
        assertEquals(0, day.code(), day.err());
        TestSite.Run build = site.run("build");
        assertEquals(0, build.code(), build.err());
    }

    @Test
    void importRefusesToOverwriteWithoutForce(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.at(dir);
        site.write("raw/copy.txt", Files.readAllBytes(RAW.resolve(MOSCOW_RAW)));
        assertEquals(0, site.run("import", "raw/copy.txt").code());
        TestSite.Run again = site.run("import", "raw/copy.txt");
        assertEquals(1, again.code());
        assertTrue(again.err().startsWith("raw/copy.txt:1:1: article seeds/almaty-business-is-best-defense.md already exists"),
                again.err());
        assertEquals(0, site.run("import", "raw/copy.txt", "--force").code());
    }

    @Test
    void importRefusesAnArticleAndRawCopyTheBuildReadsAlready(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.at(dir).write("raw/already.md", "---\ntitle: Done\ndate: 2013-07-01\n---\nText.\n");
        site.write("seeds/copy.txt", Files.readAllBytes(RAW.resolve(MOSCOW_RAW)));
        TestSite.Run article = site.run("import", "raw/already.md");
        assertEquals(1, article.code());
        assertTrue(article.err().startsWith("raw/already.md:1:1: has front matter: it is an article already, not raw copy"),
                article.err());
        TestSite.Run inSeeds = site.run("import", "seeds/copy.txt", "--into", "seeds");
        assertEquals(1, inSeeds.code());
        assertTrue(inSeeds.err().startsWith("seeds/copy.txt:1:1: is raw copy in seeds/ already, which every build reads"),
                inSeeds.err());
        try (var files = Files.list(dir.resolve("seeds"))) {
            assertEquals(List.of("copy.txt"), files.map(p -> p.getFileName().toString()).toList(), "nothing written");
        }
    }

    @Test
    void importOfAnEmptyFileWritesNothing(@TempDir Path dir) {
        TestSite site = TestSite.at(dir).write("raw/empty.txt", "").write("raw/ok.txt", "Headline\n\nSome text here.\n");
        TestSite.Run run = site.run("import", "raw/ok.txt", "raw/empty.txt");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("raw/empty.txt:1:1: file is empty"), run.err());
        assertTrue(Files.notExists(dir.resolve("seeds")), "nothing is written when any file is bad");
    }

    @Test
    void textFileWithSidecarBuildsLikeAnArticle(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.at(dir);
        Files.copy(TestSite.repoRoot().resolve("gazette.yml"), dir.resolve("gazette.yml"));
        site.write("seeds/cameron.txt", Files.readAllBytes(RAW.resolve(LIVE_RAW)));
        site.write("seeds/cameron.yml", "date: 2013-06-30\nsource: ITV News\ntopics: [trade, human-rights]\n");
        site.build();
        Document page = site.html("articles/cameron/index.html");
        assertEquals("Cameron first PM in Kazakhstan", page.selectFirst("h1").text());
        assertEquals(7, page.select("article.update").size());
        assertTrue(page.selectFirst(".article-header").text().contains("ITV News"));
        assertTrue(page.select("figure figcaption .credit").size() >= 3);
    }

    @Test
    void textFileWithBadSidecarIsReportedInTheSidecar(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.at(dir);
        Files.copy(TestSite.repoRoot().resolve("gazette.yml"), dir.resolve("gazette.yml"));
        site.write("seeds/cameron.txt", Files.readAllBytes(RAW.resolve(LIVE_RAW)));
        site.write("seeds/cameron.yml", "date: 2013-06-30\ntopics: [sport]\n");
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("seeds/cameron.yml:2:10: unknown topic 'sport'"), run.err());
    }

    @Test
    void copyThatCanNotBeReadStillHasItsSidecarChecked(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.at(dir);
        Files.copy(TestSite.repoRoot().resolve("gazette.yml"), dir.resolve("gazette.yml"));
        site.write("seeds/empty.txt", "");
        site.write("seeds/empty.yml", "date: 2013-06-30\nbogus: 1\n");
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("seeds/empty.txt:1:1: file is empty"), run.err());
        assertTrue(run.err().contains("seeds/empty.yml:2:1: unknown key 'bogus'"), "both files' problems in one round:\n" + run.err());
    }

    /** Wire copy pasted without its headline starts with a paragraph: it stays text, and the editor is asked for a title. */
    @Test
    void copyStartingWithALongParagraphHasNoHeadlineMadeUpFromIt(@TempDir Path dir) throws IOException {
        String lead = "ALMATY, Kazakhstan -- Kazakhstan's government said on Tuesday it would open talks with British"
                + " companies on three new oil fields in the west of the country, in a move officials described as the"
                + " largest foreign investment round since independence, with bids due by the end of the year.";
        TestSite site = TestSite.at(dir).write("raw/wire.txt", lead + "\n\nA second paragraph.\n");
        TestSite.Run run = site.run("import", "raw/wire.txt", "--date", "2013-07-02");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("article: (no headline: the first paragraph is too long for one)"), run.out());
        String written = Files.readString(dir.resolve("seeds/2013-07-02-wire.md"));
        assertTrue(written.contains("# title: \"\"   # TODO editor: the copy starts without a headline"), written);
        assertTrue(written.contains("Kazakhstan's government said on Tuesday"), "the paragraph stays in the text: " + written);

        Files.copy(TestSite.repoRoot().resolve("gazette.yml"), dir.resolve("gazette.yml"));
        site.write("seeds/wire.txt", lead + "\n\nA second paragraph.\n").write("seeds/wire.yml", "date: 2013-07-02\n");
        site.delete("seeds/2013-07-02-wire.md");
        TestSite.Run build = site.run("build");
        assertEquals(1, build.code(), "the same copy in seeds/ needs a title in its sidecar: " + build.err());
        assertTrue(build.err().contains("missing required key 'title'"), build.err());
        site.write("seeds/wire.yml", "date: 2013-07-02\ntitle: Oil fields open to British bids\n").build();
        Document page = site.html("articles/wire/index.html");
        assertEquals("Oil fields open to British bids", page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".article-body").text().contains("government said on Tuesday"));
    }

    private static List<String> updates(Document page) {
        return page.select("article.update").stream().map(u -> u.id() + "|" + u.selectFirst("h3").text()).toList();
    }
}
