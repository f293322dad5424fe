package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: one good article, built once; then one broken file at a time. Features tested: each bad
 * input is reported as {@code path:line:col: message} with exit code 1, and the site built before
 * is left exactly as it was.
 */
class BadInputTest {
    @TempDir
    Path dir;
    TestSite site;
    Map<String, String> before;

    @BeforeEach
    void buildGoodSite() throws IOException {
        site = TestSite.of(dir, """
                -- gazette.yml --
                title: Test
                baseUrl: https://example.org/
                topics:
                  - {id: trade, title: Trade}
                  - {id: security, title: Security}
                -- seeds/2013-07-01-good.md --
                ---
                title: Good
                date: 2013-07-01
                ---
                A good article.
                """).build();
        before = snapshot();
    }

    private void assertFails(String expectedLine) throws IOException {
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith(expectedLine)),
                () -> "expected a line starting with\n  " + expectedLine + "\nbut stderr was:\n" + run.err());
        assertEquals(before, snapshot(), "the previous site-output must be left exactly as it was");
        assertFalse(Files.exists(dir.resolve(".site-output.changed")), "and the pages kept aside for it are gone");
    }

    @Test
    void anErrorAfterAHundredWarningsStillFailsTheBuild() throws IOException {
        // Text read in the wrong encoding is a warning; 120 articles have it, then one has a date that does not exist.
        for (int i = 100; i < 220; i++) {
            site.write("seeds/2013-06-01-a" + i + ".md", "---\ntitle: A" + i + "\ndate: 2013-06-01\n---\nIt\u00e2\u20ac\u2122s here.\n");
        }
        site.write("seeds/zz-bad.md", "---\ntitle: Bad\ndate: 2013-02-30\n---\nBody\n");
        assertFails("seeds/zz-bad.md:3:7: invalid date '2013-02-30'");
        TestSite.Run run = site.run("build");
        assertTrue(run.err().contains("... and 21 more problems"), run.err());
        assertTrue(run.err().endsWith("gazette: 1 error; nothing was written\n"), run.err());
    }

    @Test
    void malformedFrontMatterPointsAtTheYamlError() throws IOException {
        site.write("seeds/bad.md", "---\ntitle: Bad\ndate: 2013-07-01\ntopics: [trade\n---\nBody\n");
        assertFails("seeds/bad.md:4:9: malformed YAML: list in [ ] never closed: its ] is missing");
    }

    @Test
    void markdownNestedThousandsDeepIsReportedAtItsDeepLineNotCrashed() throws IOException {
        StringBuilder lists = new StringBuilder("---\ntitle: Deep\ndate: 2013-07-01\n---\n");
        for (int i = 0; i < 2000; i++) {
            lists.append("  ".repeat(i)).append("- item\n");
        }
        site.write("seeds/lists.md", lists.toString());
        // Line 5 holds the first item; the 101st item, two columns deeper each time, is in 101 lists.
        assertFails("seeds/lists.md:105:1: Markdown nested too deeply to render");
        site.delete("seeds/lists.md");
        site.write("seeds/quotes.md", "---\ntitle: Deep\ndate: 2013-07-01\n---\nFine.\n\n" + ">".repeat(5000) + " deep\n");
        assertFails("seeds/quotes.md:7:1: Markdown nested too deeply to render (quotes and lists may go 100 levels");
    }

    @Test
    void aQuoteTooLongToRenderInGoodTimeIsReportedAtItsFirstLine() throws IOException {
        // 200,000 quoted lines in one paragraph took 17 s to build; indented by two spaces instead, 135 s.
        site.write("seeds/long.md", "---\ntitle: Long\ndate: 2013-07-01\n---\nFine.\n\n"
                + "> a line of the quote\n".repeat(200_000));
        assertFails("seeds/long.md:7:1: quoted or indented block too long to render (a paragraph or code block");
    }

    @Test
    void frontMatterNestedThousandsDeepIsReportedNotCrashed() throws IOException {
        site.write("seeds/bad.md", "---\ntitle: Bad\ndate: 2013-07-01\ntags: " + "[".repeat(20000) + "]".repeat(20000) + "\n---\nBody\n");
        assertFails("seeds/bad.md:2:1: YAML nested too deeply to read");
    }

    @Test
    void unclosedFrontMatterIsReported() throws IOException {
        site.write("seeds/bad.md", "---\ntitle: Bad\n\nBody\n");
        assertFails("seeds/bad.md:1:1: front matter is not closed");
    }

    @Test
    void missingTitleIsReported() throws IOException {
        site.write("seeds/bad.md", "---\ndate: 2013-07-01\n---\nBody\n");
        assertFails("seeds/bad.md:2:1: missing required key 'title'");
    }

    @Test
    void missingDateIsReported() throws IOException {
        site.write("seeds/bad.md", "---\ntitle: No date\n---\nBody\n");
        assertFails("seeds/bad.md:2:1: missing required key 'date'");
    }

    @Test
    void invalidDateIsReportedAtTheValue() throws IOException {
        site.write("seeds/bad.md", "---\ntitle: Bad\ndate: 2013-02-30\n---\nBody\n");
        assertFails("seeds/bad.md:3:7: invalid date '2013-02-30'");
    }

    @Test
    void aDateBeforeTheYear1000IsReportedAtTheValue() throws IOException {
        site.write("seeds/bad.md", "---\ntitle: Bad\ndate: 0000-01-01\n---\nBody\n");
        assertFails("seeds/bad.md:3:7: date '0000-01-01' is outside the years 1000 to 9999");
    }

    @Test
    void aLiveUpdateWithAnEmptyHeadingIsReportedAtItsLine() throws IOException {
        site.write("seeds/bad.md", "---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\nIntro.\n\n## \n\nText.\n");
        assertFails("seeds/bad.md:8:1: live update has no title");
    }

    @Test
    void unknownTopicNamesTheKnownOnes() throws IOException {
        site.write("seeds/bad.md", "---\ntitle: Bad\ndate: 2013-07-01\ntopics: [security, trad]\n---\nBody\n");
        assertFails("seeds/bad.md:4:20: unknown topic 'trad' (known: trade, security)");
    }

    @Test
    void unknownFrontMatterKeyIsReported() throws IOException {
        site.write("seeds/bad.md", "---\ntitle: Bad\ndate: 2013-07-01\ntopic: [trade]\n---\nBody\n");
        assertFails("seeds/bad.md:4:1: unknown key 'topic'");
    }

    @Test
    void twoArticlesWithOneSlugAreBothReported() throws IOException {
        site.write("seeds/a.md", "---\ntitle: A\ndate: 2013-07-02\nslug: good\n---\nBody\n");
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("seeds/a.md:4:7: duplicate slug 'good': also used by seeds/2013-07-01-good.md"), run.err());
        assertTrue(run.err().contains("seeds/2013-07-01-good.md:2:1: duplicate slug 'good': also used by seeds/a.md"), run.err());
        assertEquals(before, snapshot());
    }

    @Test
    void fileThatIsNotUtf8IsReportedAtTheBadByte() throws IOException {
        byte[] latin1 = "---\ntitle: Caf\u00e9\ndate: 2013-07-01\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        site.write("seeds/latin1.md", latin1);
        assertFails("seeds/latin1.md:2:11: file is not valid UTF-8");
    }

    @Test
    void binaryFileIsReported() throws IOException {
        site.write("seeds/photo.md", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2});
        assertFails("seeds/photo.md:1:7: file looks binary");
    }

    @Test
    void templateErrorNamesTheTemplateLine() throws IOException {
        site.write("templates/article.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.frame>\n${article.nosuchfield}\n</@layout.frame>\n");
        assertFails("templates/article.ftlh:3:3: template error");
    }

    @Test
    void aWrongCallOfABuiltInMacroIsReportedWhereItIsCalled() throws IOException {
        site.write("templates/home.ftlh", "<#import \"macros.ftlh\" as m>\n\n\n<@m.card c=1 level=2/>\n");
        assertFails("templates/home.ftlh:4:1: template error: ");
        TestSite.Run run = site.run("build");
        assertTrue(run.err().contains("(in the built-in macros.ftlh at "), run.err());
        assertFalse(run.err().contains("(built-in theme)/macros.ftlh:"), "not a place the site's author can edit:\n" + run.err());
    }

    @Test
    void aTemplateThatIsNotUtf8IsReportedAtTheBadByte() throws IOException {
        site.write("templates/home.ftlh", new byte[] {'<', 'p', '>', '\n', (byte) 0xFF, (byte) 0xFE, ' ', '$', '{', 'x', '}'});
        assertFails("templates/home.ftlh:2:1: file is not valid UTF-8 (byte 0xFF at offset 4)");
    }

    @Test
    void aMacroThatCallsItselfWithoutEndIsATemplateErrorNotACrash() throws IOException {
        site.write("templates/home.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.frame>\n"
                + "<#macro r n><@r n + 1/></#macro><@r 0/>\n</@layout.frame>\n");
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("templates/home.ftlh:1:1: template error: rendering home.ftlh ran out of stack"), run.err());
        assertEquals(1, run.err().lines().filter(l -> !l.isBlank()).count() - 1, "one problem line and the summary:\n" + run.err());
        assertEquals(before, snapshot());
    }

    @Test
    void aTemplateErrorInABuildIntoANewFolderLeavesNoFolderAndNoStagedFiles() throws IOException {
        // The article page fails after the home page and others may already have been staged.
        site.write("templates/article.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.frame>\n${article.nosuchfield}\n</@layout.frame>\n");
        TestSite.Run run = site.run("build", "--output", "fresh");
        assertEquals(1, run.code(), run.err());
        assertFalse(Files.exists(dir.resolve("fresh")), "no output folder is made by a failed build");
        assertFalse(Files.exists(dir.resolve(".fresh.staging")), "what was staged while rendering is removed");
    }

    @Test
    void templateSyntaxErrorNamesTheTemplateLine() throws IOException {
        site.write("templates/home.ftlh", "<p>\n<#if>\n");
        assertFails("templates/home.ftlh:2:");
    }

    @Test
    void rawCopyWithNoSidecarSaysWhereItsDateGoes() throws IOException {
        site.write("seeds/notes.txt", "Some notes about the visit.\n");
        assertFails("seeds/notes.txt:1:1: missing required key 'date' (raw copy takes its date from notes.yml beside it:"
                + " add one holding date: 2013-07-01)");
    }

    @Test
    void aTemplateSyntaxErrorIsOneReadableLine() throws IOException {
        site.write("templates/home.ftlh", "<p>\n<h1>${site.title</h1>\n");
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code(), run.err());
        assertEquals(List.of("templates/home.ftlh:2:18: template syntax error: Encountered \"/\"",
                "gazette: 1 error; nothing was written"), run.err().lines().toList(),
                "no list of every token Freemarker would have taken, no escaped line breaks");
    }

    @Test
    void syntaxErrorInATemplateManyPagesUseNamesItsLineEveryTime() throws IOException {
        // Freemarker reports a template's syntax error as such only to the first page that loads it;
        // every other page, and the next build in the same process (serve), get a wrapped error.
        site.write("seeds/2013-07-02-second.md", "---\ntitle: Second\ndate: 2013-07-02\n---\nBody\n");
        site.write("seeds/2013-07-03-third.md", "---\ntitle: Third\ndate: 2013-07-03\n---\nBody\n");
        site.write("templates/article.ftlh", "<p>\n<#if>\n");
        assertFails("templates/article.ftlh:2:");
        assertFails("templates/article.ftlh:2:");
    }

    @Test
    void syntaxErrorInAnImportedTemplateNamesThatTemplate() throws IOException {
        site.write("templates/layout.ftlh", "<#macro frame>\n<#if>\n</#macro>\n");
        assertFails("templates/layout.ftlh:2:");
    }

    @Test
    void includingAMissingTemplateSaysWhereItWasLookedFor() throws IOException {
        site.write("templates/home.ftlh", "<p>\n<#include \"nope.ftlh\">\n");
        assertFails("templates/home.ftlh:2:1: template error: Template inclusion failed (for parameter value \"nope.ftlh\"): "
                + "Template not found for name \"nope.ftlh\". The name was interpreted by this TemplateLoader: "
                + "the site's templates folder, then the built-in theme.");
    }

    @Test
    void anOutputFolderInsideTheSourcesOrHoldingThemIsRefused() throws IOException {
        for (String output : new String[] {"seeds/built", "seeds", "."}) {
            TestSite.Run run = site.run("build", "--output", output);
            assertEquals(1, run.code(), output);
            assertTrue(run.err().startsWith((output.equals(".") ? "." : output) + ":1:1: the output folder and seeds/ are inside one another"),
                    run.err());
        }
        TestSite.Run sourcesHere = site.run("build", "--source", ".", "--output", "out");
        assertTrue(sourcesHere.err().startsWith("out:1:1: the output folder and ./ are inside one another"), sourcesHere.err());
        assertFalse(Files.exists(dir.resolve("seeds/built")), "nothing was written into the sources");
        assertEquals(List.of("2013-07-01-good.md"), Files.list(dir.resolve("seeds")).map(p -> p.getFileName().toString()).toList());
        assertEquals(before, snapshot(), "the previous site-output must be left exactly as it was");
    }

    /**
     * A file in the repository that links to one outside it would be published by a build in CI: its
     * text as an article, a template's output on pages, an asset as it is. Links inside the site are read.
     */
    @Test
    void filesLinkingOutsideTheSiteAreRefusedAndLinksInsideItAreRead(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.md"), "---\ntitle: Secret\ndate: 2013-07-01\n---\nSecret.\n");
        Files.createSymbolicLink(dir.resolve("seeds/secret.md"), secret);
        assertFails("seeds/secret.md:1:1: the article is a link to a file outside the site folder, which is not read");
        site.delete("seeds/secret.md");

        Files.createSymbolicLink(dir.resolve("seeds/wire.txt"), secret);
        site.write("seeds/wire.yml", "date: 2013-07-01\n");
        assertFails("seeds/wire.txt:1:1: the article is a link to a file outside the site folder");
        site.delete("seeds/wire.txt");
        site.delete("seeds/wire.yml");

        site.write("seeds/notes.txt", "Notes\n\nText.\n");
        Files.createSymbolicLink(dir.resolve("seeds/notes.yml"), Files.writeString(elsewhere.resolve("notes.yml"), "date: 2013-07-01\n"));
        assertFails("seeds/notes.yml:1:1: the sidecar is a link to a file outside the site folder");
        site.delete("seeds/notes.txt");
        site.delete("seeds/notes.yml");

        Files.createDirectories(dir.resolve("templates/assets"));
        Files.createSymbolicLink(dir.resolve("templates/404.ftlh"), secret);
        assertFails("templates/404.ftlh:1:1: the template is a link to a file outside the templates folder");
        site.delete("templates/404.ftlh");
        Files.createSymbolicLink(dir.resolve("templates/assets/site.css"), secret);
        assertFails("templates/assets/site.css:1:1: the asset is a link to a file outside the templates folder");
        site.delete("templates/assets/site.css");

        Files.createDirectories(dir.resolve("archive"));
        Files.createSymbolicLink(dir.resolve("seeds/kept.md"), Path.of("../archive/kept.md"));
        site.write("archive/kept.md", "---\ntitle: Kept in the archive\ndate: 2013-07-02\n---\nKept.\n");
        TestSite.Run run = site.run("build");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(dir.resolve("site-output/articles/kept/index.html")).contains("Kept in the archive"));
    }

    /** The folders themselves: a source, templates or static folder that is a link out of the site publishes what it leads to. */
    @Test
    void foldersLinkingOutsideTheSiteAreRefusedAndTheirOwnPathsAreRead(@TempDir Path elsewhere) throws IOException {
        Files.createDirectories(elsewhere.resolve("static"));
        Files.writeString(elsewhere.resolve("static/s.md"), "SECRET");
        Files.createSymbolicLink(dir.resolve("static"), elsewhere.resolve("static"));
        assertFails("static:1:1: static/ is a link to a folder outside the site folder, which is not read");
        assertFalse(Files.exists(dir.resolve("site-output/s.md")));
        Files.delete(dir.resolve("static"));

        Path seeds = Files.move(dir.resolve("seeds"), elsewhere.resolve("seeds"));
        Files.createSymbolicLink(dir.resolve("seeds"), seeds);
        assertFails("seeds:1:1: seeds/ is a link to a folder outside the site folder, which is not read");
        TestSite.Run check = site.run("check");
        assertEquals(1, check.code());
        assertTrue(check.err().contains("seeds/ is a link to a folder outside the site folder"), check.err());

        TestSite.Run run = site.run("build", "--source", seeds.toString());
        assertEquals(0, run.code(), "named by its own path, the folder is the user's plain choice: " + run.err());
    }

    @Test
    void slugCanNotLeaveTheOutputFolder() throws IOException {
        site.write("seeds/evil.md", "---\ntitle: Evil\ndate: 2013-07-01\nslug: ../../outside\n---\nBody\n");
        assertFails("seeds/evil.md:4:7: slug '../../outside' must be lower-case letters, digits and single hyphens");
        assertFalse(Files.exists(dir.resolve("outside")));
        assertFalse(Files.exists(dir.getParent().resolve("outside")));
    }

    @Test
    void aSlugTooLongForAFileNameIsReportedWithAShorterOne() throws IOException {
        String longSlug = "word-".repeat(40) + "end";
        site.write("seeds/long.md", "---\ntitle: Long\ndate: 2013-07-01\nslug: " + longSlug + "\n---\nBody\n");
        assertFails("seeds/long.md:4:7: slug '" + longSlug + "' is longer than 100 bytes, more than a URL name may be"
                + " (for example " + gazette.content.Slug.slugify(longSlug) + ")");
    }

    @Test
    void fileNameThatMakesNoSlugIsReported() throws IOException {
        site.write("seeds/___.md", "---\ntitle: Nothing\ndate: 2013-07-01\n---\nBody\n");
        site.write("seeds/!!!.md", "---\ntitle: Nothing\ndate: 2013-07-01\n---\nBody\n");
        assertFails("seeds/!!!.md:1:1: cannot make a URL name from the file name");
    }

    @Test
    void badConfigIsReportedWithItsLine() throws IOException {
        site.write("gazette.yml", "title: Test\nbaseUrl: not a url\ntimezone: Mars/Olympus\n");
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("gazette.yml:2:10: 'not a url' is not an http(s) URL"), run.err());
        assertTrue(run.err().contains("gazette.yml:3:11: 'Mars/Olympus' is not a time zone"), run.err());
        assertEquals(before, snapshot());
    }

    @Test
    void everyProblemIsReportedInOneRun() throws IOException {
        site.write("seeds/one.md", "---\ntitle: One\ndate: someday\n---\n");
        site.write("seeds/two.md", "---\ndate: 2013-07-01\ntopics: [nope]\n---\n");
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("seeds/one.md:3:7: invalid date 'someday'"), run.err());
        assertTrue(run.err().contains("seeds/two.md:2:1: missing required key 'title'"), run.err());
        assertTrue(run.err().contains("seeds/two.md:3:10: unknown topic 'nope'"), run.err());
    }

    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site.output())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.output().relativize(p).toString(), Files.readString(p) + "@" + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }
}
