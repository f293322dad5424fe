package gazette.e2e;

import gazette.cli.Gazette;
import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A follow-up story under a headline the site has used already: {@code new} and {@code import} give
 * it the next free slug ({@code -2}, {@code -3}) and say so, so the next build does not fail with
 * "duplicate slug"; a month-dated import is named {@code YYYY-MM-slug.md} and still has the slug of
 * its headline, as any file named with the month of its date has the rest of its name; {@code new --slug} names an article whose title gives no URL name.
 */
class SlugClashTest {
    private static final String CONFIG = """
            -- gazette.yml --
            title: Test
            baseUrl: https://example.org/
            timezone: Asia/Almaty
            topics: [{id: trade, title: Trade}]
            """;
    /** The repository's month-dated seed, imported when the importer wrote a slug: key, which gives what its name gives now. */
    private static final String MONTH_SEED = """
            -- seeds/1994-03-almaty-business-is-best-defense.md --
            ---
            title: "Almaty: Business Is Best Defense"
            date: 1994-03
            slug: almaty-business-is-best-defense
            ---
            Text.
            """;
    private static final Path RAW = Path.of("src/test/resources/rawcopy/seeds");
    private static final String MOSCOW_RAW = "003_ed86e922d107c84f.txt";
    private static final Clock DEC_3 = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void newTakesTheNextFreeSlugAndSaysSo(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, CONFIG + MONTH_SEED);
        Run first = runNew(dir, "Almaty: Business Is Best Defense");
        assertEquals(0, first.code(), first.err());
        assertEquals("Created seeds/2026-12-03-almaty-business-is-best-defense-2.md (slug 'almaty-business-is-best-defense-2':"
                + " 'almaty-business-is-best-defense' is taken by seeds/1994-03-almaty-business-is-best-defense.md)"
                + DRAFT + "\n", first.out());
        Run second = runNew(dir, "Almaty: Business Is Best Defense");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().startsWith("Created seeds/2026-12-03-almaty-business-is-best-defense-3.md (slug"), second.out());
        site.build("--drafts");
        assertTrue(site.exists("articles/almaty-business-is-best-defense-2/index.html"));
        assertTrue(site.exists("articles/almaty-business-is-best-defense-3/index.html"));
    }

    @Test
    void anExplicitSlugKeyAndRawCopyTakeTheirSlugsToo(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2013-07-01-first.md --
                ---
                title: First
                date: 2013-07-01
                slug: talks-begin
                ---
                Text.
                -- seeds/2013-07-02-deal-signed.txt --
                Deal signed

                The deal was signed today.
                -- seeds/2013-07-02-deal-signed.yml --
                date: 2013-07-02
                """);
        assertTrue(runNew(dir, "Talks begin").out().startsWith("Created seeds/2026-12-03-talks-begin-2.md (slug 'talks-begin-2':"
                + " 'talks-begin' is taken by seeds/2013-07-01-first.md)"));
        assertTrue(runNew(dir, "Deal signed").out().contains("'deal-signed' is taken by seeds/2013-07-02-deal-signed.txt"));
        site.build();
    }

    @Test
    void aFileWhoseNameIsTakenByAnotherSlugIsNotOverwrittenEither(@TempDir Path dir) {
        TestSite.of(dir, CONFIG + """
                -- seeds/2026-12-03-talks.md --
                ---
                {title: Other, date: 2026-12-03, slug: other}
                ---
                Text.
                """);
        Run run = runNew(dir, "Talks");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Created seeds/2026-12-03-talks-2.md (slug 'talks-2': 'talks' is taken by seeds/2026-12-03-talks.md)"),
                run.out());
    }

    @Test
    void aTitleWithoutLettersNeedsSlugWhichIsCheckedLikeTheKey(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, CONFIG);
        Run emoji = runNew(dir, "🔥🔥🔥");
        assertEquals(2, emoji.code());
        assertTrue(emoji.err().contains("the title has no letters or digits to make a URL name from; give one with --slug NAME"),
                emoji.err());
        Run empty = runNew(dir, "  ");
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("the title is empty: give the headline, new \"Title\""), empty.err());
        Run named = runNew(dir, "🔥🔥🔥", "--slug", "fire");
        assertEquals(0, named.code(), named.err());
        assertEquals("Created seeds/2026-12-03-fire.md" + DRAFT + "\n", named.out());
        site.build("--drafts");
        assertEquals("🔥🔥🔥", site.html("articles/fire/index.html").selectFirst("h1").text());

        Run bad = runNew(dir, "Fire", "--slug", "Big Fire");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--slug 'Big Fire' must be lower-case letters, digits and single hyphens (for example big-fire)"),
                bad.err());
        Run tooLong = runNew(dir, "Fire", "--slug", "a".repeat(101));
        assertEquals(2, tooLong.code());
        assertTrue(tooLong.err().contains("is longer than 100 bytes"), tooLong.err());
        Run taken = runNew(dir, "Fire again", "--slug", "fire");
        assertEquals(2, taken.code());
        assertTrue(taken.err().contains("--slug 'fire' is taken by seeds/2026-12-03-fire.md; choose another"), taken.err());
        try (var files = Files.list(dir.resolve("seeds"))) {
            assertEquals(1, files.count(), "nothing more written");
        }
    }

    @Test
    void aMonthDatedImportIsNamedWithTheMonthAndKeepsItsSlug(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, CONFIG).write("raw/copy.txt", Files.readAllBytes(RAW.resolve(MOSCOW_RAW)));
        TestSite.Run run = site.run("import", "raw/copy.txt", "--date", "1994-03");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("raw/copy.txt -> seeds/1994-03-almaty-business-is-best-defense.md\n"), run.out());
        String text = Files.readString(dir.resolve("seeds/1994-03-almaty-business-is-best-defense.md"));
        assertFalse(text.contains("slug:"), "the month of its date goes from the name as a day does: " + text);
        site.build();
        assertTrue(site.exists("articles/almaty-business-is-best-defense/index.html"));
        TestSite.Run again = site.run("import", "raw/copy.txt", "--date", "1994-03");
        assertEquals(1, again.code(), "the same copy on the same date is this article again: --force replaces it");
        assertTrue(again.err().contains("article seeds/1994-03-almaty-business-is-best-defense.md already exists, imported from this"
                + " same copy (pass --force to overwrite it)"), again.err());
        TestSite.Run forced = site.run("import", "raw/copy.txt", "--date", "1994-03", "--force");
        assertEquals(0, forced.code(), forced.err());
        assertFalse(forced.out().contains("(slug"), "replacing the article frees its own slug: " + forced.out());
    }

    /** A month-named article is published under its name without the month, which is then taken, as a day-named one's is. */
    @Test
    void aMonthNamedArticleLosesTheMonthOfItsDateOnly(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2026-06-forecast.md --
                ---
                {title: Summer forecast, date: 2026-06}
                ---
                Text.
                -- seeds/2020-21-season.md --
                ---
                {title: The season, date: 2020-08-01}
                ---
                Text.
                -- seeds/2019-12-review.md --
                ---
                {title: Review of 2019, date: 2020-01-02}
                ---
                Text.
                """).write("raw/forecast.txt", "Forecast\n\nA hot summer is forecast.\n");
        TestSite.Run run = site.run("import", "raw/forecast.txt", "--date", "2026-06-15");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("raw/forecast.txt -> seeds/2026-06-15-forecast-2.md (slug 'forecast-2': 'forecast' is taken by"
                + " seeds/2026-06-forecast.md)\n"), run.out());
        site.build();
        for (String page : List.of("forecast", "forecast-2", "2020-21-season", "2019-12-review")) {
            assertTrue(site.exists("articles/" + page + "/index.html"), page);
        }
        assertFalse(site.exists("articles/2026-06-forecast/index.html"));
    }

    @Test
    void aMonthNamedAndADayNamedArticleOfOneNameClash(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2026-06-forecast.md --
                ---
                {title: Summer forecast, date: 2026-06}
                ---
                Text.
                -- seeds/2026-06-01-forecast.md --
                ---
                {title: June forecast, date: 2026-06-01}
                ---
                Text.
                """);
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("duplicate slug 'forecast': also used by seeds/2026-06-"), run.err());
    }

    @Test
    void anImportUnderAHeadlineTakenTakesTheNextFreeSlug(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, CONFIG + MONTH_SEED).write("raw/copy.txt", Files.readAllBytes(RAW.resolve(MOSCOW_RAW)));
        TestSite.Run run = site.run("import", "raw/copy.txt", "--date", "1994-04-02");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("raw/copy.txt -> seeds/1994-04-02-almaty-business-is-best-defense-2.md (slug"
                + " 'almaty-business-is-best-defense-2': 'almaty-business-is-best-defense' is taken by"
                + " seeds/1994-03-almaty-business-is-best-defense.md)\n"), run.out());
        site.build();
        assertTrue(site.exists("articles/almaty-business-is-best-defense-2/index.html"));
    }

    /** An article of the same headline and date imported from other copy: a follow-up the same day, not this copy again. */
    private static final String CAMERON = """
            -- seeds/2013-06-30-cameron-arrives-in-astana.md --
            ---
            title: "Cameron arrives in Astana"
            date: 2013-06-30
            topics: [trade]
            ---

            The Prime Minister landed in Astana this morning.
            -- raw/follow2.txt --
            Cameron arrives in Astana

            A different follow-up story.

            More.
            """;

    @Test
    void aFollowUpUnderTheSameHeadlineAndDateIsAnotherStoryWhichForceDoesNotReplace(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, CONFIG + CAMERON);
        Path first = dir.resolve("seeds/2013-06-30-cameron-arrives-in-astana.md");
        String published = Files.readString(first);
        for (String[] args : List.of(new String[] {"import", "raw/follow2.txt", "--date", "2013-06-30"},
                new String[] {"import", "raw/follow2.txt", "--date", "2013-06-30", "--force"})) {
            TestSite.Run run = site.run(args);
            assertEquals(0, run.code(), run.err());
            assertEquals("raw/follow2.txt -> seeds/2013-06-30-cameron-arrives-in-astana-2.md (slug 'cameron-arrives-in-astana-2':"
                    + " seeds/2013-06-30-cameron-arrives-in-astana.md has this headline and date but another text, so this is"
                    + " another story)", run.out().lines().findFirst().orElseThrow(), String.join(" ", args));
            assertEquals(published, Files.readString(first), "the published story is left alone");
            Files.delete(dir.resolve("seeds/2013-06-30-cameron-arrives-in-astana-2.md"));
        }
        site.run("import", "raw/follow2.txt", "--date", "2013-06-30");
        site.build();
        assertTrue(site.exists("articles/cameron-arrives-in-astana/index.html"));
        assertTrue(site.exists("articles/cameron-arrives-in-astana-2/index.html"));
        TestSite.Run again = site.run("import", "raw/follow2.txt", "--date", "2013-06-30", "--source", "ITV News");
        assertEquals(1, again.code(), "the follow-up imported again is the same article: it is refused, not a third");
        assertTrue(again.err().startsWith("raw/follow2.txt:1:1: article seeds/2013-06-30-cameron-arrives-in-astana-2.md already"
                + " exists, imported from this same copy (pass --force to overwrite it)"), again.err());

        // The same copy under another date is kept apart, with a word that it may be one story twice.
        TestSite.Run otherDay = site.run("import", "raw/follow2.txt", "--date", "2013-07-01");
        assertEquals(0, otherDay.code(), otherDay.err());
        assertTrue(otherDay.out().startsWith("raw/follow2.txt -> seeds/2013-07-01-cameron-arrives-in-astana-3.md (slug"
                + " 'cameron-arrives-in-astana-3': seeds/2013-06-30-cameron-arrives-in-astana-2.md has this copy's text under"
                + " another date; if it is the same story, delete one of them)"), otherDay.out());
        Files.delete(dir.resolve("seeds/2013-07-01-cameron-arrives-in-astana-3.md"));

        // Found past a number whose file is gone: -2 deleted, the copy kept as -3 is still this copy's article.
        Path second = dir.resolve("seeds/2013-06-30-cameron-arrives-in-astana-2.md");
        Files.move(second, dir.resolve("seeds/2013-06-30-cameron-arrives-in-astana-3.md"));
        TestSite.Run past = site.run("import", "raw/follow2.txt", "--date", "2013-06-30");
        assertEquals(1, past.code(), "not published twice, as -2 and -3");
        assertTrue(past.err().startsWith("raw/follow2.txt:1:1: article seeds/2013-06-30-cameron-arrives-in-astana-3.md already"
                + " exists, imported from this same copy"), past.err());
    }

    @Test
    void aMonthDatedFollowUpUnderTheSameHeadlineIsAnotherStoryToo(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, CONFIG + MONTH_SEED).write("raw/copy.txt", Files.readAllBytes(RAW.resolve(MOSCOW_RAW)));
        TestSite.Run run = site.run("import", "raw/copy.txt", "--date", "1994-03", "--force");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("raw/copy.txt -> seeds/1994-03-almaty-business-is-best-defense-2.md (slug"
                + " 'almaty-business-is-best-defense-2': seeds/1994-03-almaty-business-is-best-defense.md has this headline and"
                + " date but another text, so this is another story)\n"), run.out());
        assertTrue(Files.readString(dir.resolve("seeds/1994-03-almaty-business-is-best-defense.md")).endsWith("---\nText.\n"));
        assertFalse(Files.readString(dir.resolve("seeds/1994-03-almaty-business-is-best-defense-2.md")).contains("slug:"));
        site.build();
        assertTrue(site.exists("articles/almaty-business-is-best-defense-2/index.html"));
    }

    @Test
    void aCopyImportedAgainWithOtherOptionsOrEditedFrontMatterIsTheSameArticle(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, CONFIG + CAMERON);
        site.run("import", "raw/follow2.txt", "--date", "2013-06-30");
        Path second = dir.resolve("seeds/2013-06-30-cameron-arrives-in-astana-2.md");
        Files.writeString(second, Files.readString(second).replace("# topics: []", "topics: [trade]\n# was"));
        TestSite.Run forced = site.run("import", "raw/follow2.txt", "--date", "2013-06-30", "--source", "ITV News", "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals("raw/follow2.txt -> seeds/2013-06-30-cameron-arrives-in-astana-2.md", forced.out().lines().findFirst().orElseThrow());
        assertTrue(Files.readString(second).contains("source: \"ITV News\""));
    }

    @Test
    void aCopyImportedAgainAfterItsArticleWasEditedIsTheSameArticleNotAFollowUp(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, CONFIG + CAMERON);
        assertEquals(0, site.run("import", "raw/follow2.txt", "--date", "2013-06-30").code());
        Path second = dir.resolve("seeds/2013-06-30-cameron-arrives-in-astana-2.md");
        String imported = Files.readString(second);
        assertTrue(imported.startsWith("---\n# imported from copy "), imported);
        Files.writeString(second, imported.replace("A different follow-up story.", "A different follow-up story, corrected."));

        TestSite.Run again = site.run("import", "raw/follow2.txt", "--date", "2013-06-30");
        assertEquals(1, again.code(), "it was written beside the edited one as -3, another story");
        assertTrue(again.err().startsWith("raw/follow2.txt:1:1: article seeds/2013-06-30-cameron-arrives-in-astana-2.md already"
                + " exists, imported from this same copy and edited since (pass --force to overwrite it, edits and all)"), again.err());
        assertFalse(Files.exists(dir.resolve("seeds/2013-06-30-cameron-arrives-in-astana-3.md")));

        TestSite.Run forced = site.run("import", "raw/follow2.txt", "--date", "2013-06-30", "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(imported, Files.readString(second), "the copy's text again");
        site.build();
        assertTrue(site.exists("articles/cameron-arrives-in-astana-2/index.html"), "the line is a YAML comment the build reads past");
    }

    @Test
    void twoCopiesOfOneHeadlineAndDateInOneImportAreTwoStoriesUnlessTheirTextIsTheSame(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- raw/a.txt --
                Talks begin

                The talks began today in Astana.
                -- raw/b.txt --
                Talks begin

                The talks began again today.
                -- raw/c.txt --
                Talks begin

                The talks began today in Astana.
                """);
        TestSite.Run same = site.run("import", "raw/a.txt", "raw/c.txt", "--date", "2013-07-01");
        assertEquals(1, same.code());
        assertTrue(same.err().startsWith("raw/c.txt:1:1: another file given has the same text and imports to the same article"
                + " 2013-07-01-talks-begin.md"), same.err());
        assertFalse(Files.exists(dir.resolve("seeds")), "nothing written");
        TestSite.Run two = site.run("import", "raw/a.txt", "raw/b.txt", "--date", "2013-07-01");
        assertEquals(0, two.code(), two.err());
        assertTrue(two.out().contains("raw/b.txt -> seeds/2013-07-01-talks-begin-2.md (slug 'talks-begin-2'"), two.out());
        site.build();
    }

    @Test
    void twoCopiesOfOneHeadlineInOneImportGetTwoSlugs(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- raw/a.txt --
                Talks begin

                The talks began today in Astana.
                -- seeds/2013-07-01-talks-begin.md --
                ---
                {title: Talks begin, date: 2013-07-01}
                ---
                Text.
                """);
        site.write("raw/b.txt", "Talks begin\n\nThe talks began again today.\n");
        TestSite.Run run = site.run("import", "raw/a.txt", "--date", "2013-07-02");
        assertEquals(0, run.code(), run.err());
        TestSite.Run next = site.run("import", "raw/b.txt", "--date", "2013-07-03");
        assertEquals(0, next.code(), next.err());
        assertTrue(run.out().contains("-> seeds/2013-07-02-talks-begin-2.md (slug 'talks-begin-2'"), run.out());
        assertTrue(next.out().contains("-> seeds/2013-07-03-talks-begin-3.md (slug 'talks-begin-3'"), next.out());
        site.build();
    }

    @Test
    void aFileOutsideTheSiteIsNamedAsTyped(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        TestSite.of(site, CONFIG);
        Files.createDirectories(dir.resolve("shared/seeds"));
        Files.copy(RAW.resolve(MOSCOW_RAW), dir.resolve("shared/seeds/" + MOSCOW_RAW));
        TestSite.Run run = TestSite.at(site).run("import", "../shared/seeds/" + MOSCOW_RAW, "--date", "1994-03");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("../shared/seeds/" + MOSCOW_RAW + " -> seeds/1994-03-almaty-business-is-best-defense.md\n"),
                run.out());
        TestSite.Run missing = TestSite.at(site).run("import", "../shared/seeds/none.txt");
        assertTrue(missing.err().startsWith("../shared/seeds/none.txt:1:1: file not found"), missing.err());
        assertFalse(run.out().contains(dir.toString()) || missing.err().contains(dir.toString()), "no absolute path");
    }

    private record Run(int code, String out, String err) {
    }

    /** What {@code new} says after the file's name: it writes a draft. */
    private static final String DRAFT = ", a draft: serve --drafts shows it; delete its draft: true line to publish it";

    private static Run runNew(Path dir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "new";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Gazette.run(dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), DEC_3, all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
