package gazette.e2e;

import gazette.cli.Gazette;
import gazette.content.Placeholders;
import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
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

/** The command line as a user meets it: help, usage errors (exit 2), and {@code new} round-tripping through a build. */
class CliTest {
    static final String CONFIG = """
            -- gazette.yml --
            title: Test
            baseUrl: https://example.org/
            timezone: Asia/Almaty
            topics: [{id: trade, title: Trade}, {id: security, title: Security}]
            """;

    @Test
    void helpListsTheCommands(@TempDir Path dir) {
        TestSite.Run run = TestSite.at(dir).run("--help");
        assertEquals(0, run.code());
        for (String command : new String[] {"build", "serve", "check", "new", "import", "help"}) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  " + command + " ")), run.out());
        }
        TestSite.Run build = TestSite.at(dir).run("build", "--help");
        assertTrue(build.out().contains("--base-url") && build.out().contains("--drafts") && build.out().contains("--clean"));
        assertTrue(build.out().startsWith("Usage: gazette build "), build.out());
        TestSite.Run helpServe = TestSite.at(dir).run("help", "serve");
        assertEquals(0, helpServe.code());
        assertTrue(helpServe.out().startsWith("Usage: gazette serve ") && helpServe.out().contains("--port"), helpServe.out());
    }

    @Test
    void unknownOptionIsAUsageError(@TempDir Path dir) {
        TestSite.Run run = TestSite.at(dir).run("build", "--no-such-option");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
        assertEquals(2, TestSite.at(dir).run("publish").code());
        TestSite.Run typo = TestSite.at(dir).run("bild");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("Did you mean: gazette build?"), typo.err());
    }

    @Test
    void anUnusableOptionValueIsAUsageErrorNamingTheOption(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, CONFIG);
        Files.writeString(dir.resolve("wire.txt"), "Headline\n\nText.\n");
        List<List<String>> commands = List.of(List.of("build", "--base-url", "example.org/"),
                List.of("build", "--base-url", "https://user:secret@example.org/"),
                List.of("check", "--base-url", "https://example.org/?x=1"),
                List.of("import", "wire.txt", "--date", "notadate"),
                List.of("import", "wire.txt", "--source-url", "javascript:alert(1)"));
        for (List<String> command : commands) {
            TestSite.Run run = site.run(command.toArray(String[]::new));
            assertEquals(2, run.code(), command + ": " + run.err());
            assertTrue(run.err().startsWith("Invalid value for option '" + command.get(command.size() - 2) + "'"), run.err());
        }
        assertTrue(site.run("build", "--base-url", "https://user:secret@example.org/").err().contains("user name or password"));
        assertFalse(Files.exists(dir.resolve("site-output")), "nothing built");
        assertFalse(Files.exists(dir.resolve("seeds")), "nothing imported");
    }

    @Test
    void missingConfigIsReportedNotThrown(@TempDir Path dir) {
        TestSite.Run run = TestSite.at(dir).run("build");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("gazette.yml:1:1: configuration file not found"), run.err());
    }

    @Test
    void newArticleIsDatedInTheSiteZoneAndBuilds(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, CONFIG);
        // 20:30 UTC on 30 June is already 1 July in Almaty (UTC+6 in 2013).
        Clock clock = Clock.fixed(Instant.parse("2013-06-30T20:30:00Z"), ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Gazette.run(dir, new PrintStream(out, true, StandardCharsets.UTF_8), System.err, clock,
                "new", "Deal signed: £700m", "--topics", "trade,security", "--live");
        assertEquals(0, code);
        Path file = dir.resolve("seeds/2013-07-01-deal-signed-700m.md");
        String text = Files.readString(file);
        assertTrue(text.contains("date: 2013-07-01T02:30:00+06:00"), text);
        assertTrue(text.contains("type: live") && text.contains("topics: [trade, security]"), text);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(", a draft: serve --drafts shows it; delete its draft: true line to publish it"),
                out.toString(StandardCharsets.UTF_8));
        site.build();
        assertFalse(site.exists("articles/deal-signed-700m/index.html"), "a draft, as Hugo's new content is: its placeholder text was published");
        site.build("--drafts");
        var page = site.html("articles/deal-signed-700m/index.html");
        assertEquals("Deal signed: £700m", page.selectFirst("h1").text());
        assertEquals(1, page.select("article.update").size());
        assertEquals(2, page.select(".article-header .chip").size());

        int again = Gazette.run(dir, new PrintStream(new ByteArrayOutputStream()), System.err, clock, "new", "Deal signed: £700m");
        assertEquals(0, again, "new never overwrites: the follow-up gets the next free slug");
        assertEquals(text, Files.readString(file));
        assertTrue(Files.exists(dir.resolve("seeds/2013-07-01-deal-signed-700m-2.md")));
    }

    @Test
    void anArticleWhosePlaceholderTextIsLeftIsWarnedAboutAtItsLine(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, CONFIG);
        Clock clock = Clock.fixed(Instant.parse("2013-07-01T08:00:00Z"), ZoneOffset.UTC);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        assertEquals(0, Gazette.run(dir, quiet, quiet, clock, "new", "Visit"));
        assertEquals(0, Gazette.run(dir, quiet, quiet, clock, "new", "Visit live", "--live"));
        assertEquals(List.of(), site.run("build").err().lines().filter(l -> l.contains("placeholder")).toList(),
                "drafts are not published, so their placeholder text is no one's concern yet");
        assertEquals(List.of("seeds/2013-07-01-visit-live.md:8:1: warning: the placeholder text gazette new wrote is still here: write"
                + " the text before deleting draft: true", "seeds/2013-07-01-visit.md:7:1: warning: the placeholder text gazette new wrote"
                + " is still here: write the text before deleting draft: true"),
                site.run("build", "--drafts").err().lines().filter(l -> l.contains("placeholder")).toList());
        for (String name : List.of("seeds/2013-07-01-visit.md", "seeds/2013-07-01-visit-live.md")) {
            Files.writeString(dir.resolve(name), Files.readString(dir.resolve(name)).replace("draft: true\n", ""));
        }
        TestSite.Run run = site.run("build");
        assertEquals(0, run.code(), "a warning: the build goes on");
        String warning = ": warning: the placeholder text gazette new wrote is still here and would be published as it is:"
                + " write the text, or set draft: true until it is ready";
        assertEquals(List.of("seeds/2013-07-01-visit-live.md:7:1" + warning, "seeds/2013-07-01-visit.md:6:1" + warning),
                run.err().lines().filter(l -> l.contains("placeholder")).toList());
        Files.writeString(dir.resolve("seeds/2013-07-01-visit.md"),
                Files.readString(dir.resolve("seeds/2013-07-01-visit.md")).replace(Placeholders.ARTICLE, "Cameron arrived."));
        assertEquals(1, site.run("build").err().lines().filter(l -> l.contains("placeholder")).count());
        Files.writeString(dir.resolve("seeds/2013-07-01-visit.md"),
                Files.readString(dir.resolve("seeds/2013-07-01-visit.md")).replace("Cameron arrived.", "Write the article here."));
        assertEquals(2, site.run("build").err().lines().filter(l -> l.contains("placeholder")).count(), "cut down, still one");
    }

    @Test
    void newMakesLineBreaksAndControlCharactersInTheTitleSpaces(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir, CONFIG);
        Clock clock = Clock.fixed(Instant.parse("2013-07-01T08:00:00Z"), ZoneOffset.UTC);
        int code = Gazette.run(dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err, clock,
                "new", "Deal\u0007 signed\nin   Astana\t");
        assertEquals(0, code);
        String text = Files.readString(dir.resolve("seeds/2013-07-01-deal-signed-in-astana.md"));
        assertTrue(text.startsWith("---\ntitle: \"Deal signed in Astana\"\n"), text);
        site.build("--drafts");
        assertEquals("Deal signed in Astana", site.html("articles/deal-signed-in-astana/index.html").selectFirst("h1").text());
    }

    @Test
    void anArgumentStartingWithAtIsTakenAsWrittenNotAsAFileOfArguments(@TempDir Path dir) throws Exception {
        // "@handle" opens plenty of headlines; picocli would read the file of that name (here the project's
        // gazette.yml, in the folder the tests run from) as more arguments.
        Clock clock = Clock.fixed(Instant.parse("2013-07-01T08:00:00Z"), ZoneOffset.UTC);
        TestSite.of(dir, CONFIG);
        assertTrue(Files.exists(Path.of("gazette.yml")));
        int code = Gazette.run(dir, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err, clock,
                "new", "@gazette.yml");
        assertEquals(0, code);
        assertTrue(Files.readString(dir.resolve("seeds/2013-07-01-gazette-yml.md")).startsWith("---\ntitle: \"@gazette.yml\"\n"));
    }

    @Test
    void aMissingTemplatesFolderGivenByNameAndEmptyFolderNamesAreUsageErrors(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2013-07-01-a.md --
                ---
                {title: A, date: 2013-07-01}
                ---
                Text.
                """);
        TestSite.Run typo = site.run("build", "--templates", "templatse");
        assertEquals(2, typo.code(), typo.err());
        assertTrue(typo.err().contains("--templates templatse: no such folder"), typo.err());
        for (String option : new String[] {"--output", "--source", "--config", "--templates"}) {
            TestSite.Run empty = site.run("build", option, "");
            assertEquals(2, empty.code(), option + ": " + empty.err());
            assertTrue(empty.err().contains(option + " needs a name, not an empty one"), empty.err());
        }
        assertFalse(site.exists("index.html"), "nothing was built");
        assertEquals(0, site.run("build").code(), "no templates folder, not named: the built-in theme");
    }

    @Test
    void newRejectsAnUnknownTopic(@TempDir Path dir) {
        TestSite.Run run = TestSite.of(dir, CONFIG).run("new", "Story", "--topics", "sport");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unknown topic 'sport' (known: trade, security)"), run.err());
    }
}
