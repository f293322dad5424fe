package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sites: one article, hosted under a GitHub Pages sub-path, with a {@code static/} folder as a user
 * coming from Hugo or Jekyll keeps one: a search engine's verification file, {@code .well-known/},
 * a favicon, a download, desktop litter and a {@code .git} folder. Features tested: every file is
 * published at its own path byte for byte, dotfiles too, litter and {@code .git} not; static files
 * are recorded as Gazette's and kept out of the sitemap and search data; {@code robots.txt} replaces
 * the generated one; a file at a path the site writes, in one of its folders, or with a name the
 * output can not carry is an error that leaves the output as it was; links follow the source
 * folder's rules; incremental builds follow files added, edited and deleted, rewriting only those;
 * {@code check} takes links to static files as good; {@code --static} names another folder.
 */
class StaticFolderTest {
    static final String SITE = """
            -- gazette.yml --
            title: Test
            baseUrl: https://example.github.io/sub/
            topics: [{id: trade, title: Trade, keywords: [trade]}]
            -- seeds/2013-06-30-cameron.md --
            ---
            title: Cameron in Astana
            date: 2013-06-30
            ---
            The trade mission landed. Verified by [Google](/google123.html), [again](../../google123.html);
            [report a flaw](/.well-known/security.txt) or [get the data](/data/trade%20figures.csv#row=2).
            """;
    static final byte[] ICON = {0, 0, 1, 0, 1, 0, 16, 16, 0, 0, (byte) 0xff, (byte) 0xfe, 0x0d, 0x0a, 0x1a};
    static final String VERIFY = "google-site-verification: google123.html\n";
    static final String SECURITY = "Contact: mailto:security@example.org\nExpires: 2030-01-01T00:00:00Z\n";

    private static TestSite site(Path dir) {
        return TestSite.of(dir, SITE)
                .write("static/google123.html", VERIFY)
                .write("static/.well-known/security.txt", SECURITY)
                .write("static/favicon.ico", ICON)
                .write("static/data/trade figures.csv", "year,exports\n2013,700\n")
                .write("static/.DS_Store", "litter")
                .write("static/data/._trade figures.csv", "litter")
                .write("static/Thumbs.db", "litter")
                .write("static/data/desktop.ini", "litter")
                .write("static/.git/config", "[core]\n")
                .write("static/.google1234abcd.html.swp", "vim's swap file of a file open in it")
                .write("static/data/trade figures.csv~", "a backup")
                .write("static/#notes.txt#", "Emacs's auto-save")
                .write("static/.notes.txt.kate-swp", "Kate's swap file")
                .write("static/notes.txt___jb_tmp___", "a JetBrains safe write")
                .write("static/.goutputstream-XYZ12", "gedit's save")
                .write("static/upload.TMP", "a temporary file");
    }

    @Test
    void everyFileIsPublishedAsItIsAtItsOwnPathButLitterAndGit(@TempDir Path dir) throws IOException {
        TestSite site = site(dir).build();
        assertEquals(VERIFY, site.text("google123.html"));
        assertEquals(SECURITY, site.text(".well-known/security.txt"));
        assertArrayEquals(ICON, Files.readAllBytes(site.output().resolve("favicon.ico")));
        assertEquals("year,exports\n2013,700\n", site.text("data/trade figures.csv"));
        for (String left : List.of(".DS_Store", "data/._trade figures.csv", "Thumbs.db", "data/desktop.ini", ".git/config", ".git",
                ".google1234abcd.html.swp", "data/trade figures.csv~", "#notes.txt#", ".notes.txt.kate-swp", "notes.txt___jb_tmp___",
                ".goutputstream-XYZ12", "upload.TMP")) {
            assertFalse(site.exists(left), left);
        }
        // Gazette's own: recorded, so a later build may delete them; not pages, so neither in the sitemap nor searched.
        List<String> record = Files.readAllLines(dir.resolve(".site-output.gazette-files"));
        assertTrue(record.containsAll(List.of("google123.html", ".well-known/security.txt", "favicon.ico", "data/trade figures.csv")),
                record.toString());
        assertFalse(site.text("sitemap.xml").contains("google123"), site.text("sitemap.xml"));
        assertFalse(site.text("search/index.json").contains("google123"));
        assertTrue(site.text("robots.txt").contains("Sitemap: https://example.github.io/sub/sitemap.xml"), "the generated robots.txt");

        // The same site, built again into another folder, is the same byte for byte.
        TestSite.Run again = site.run("build", "--clean", "--output", dir.resolve("again").toString());
        assertEquals(0, again.code(), again.err());
        assertSameFiles(DeterminismTest.tree(site.output()), DeterminismTest.tree(dir.resolve("again")));
    }

    @Test
    void checkTakesLinksToStaticFilesAsGoodAtTheSubPathAndAtTheRoot(@TempDir Path dir) {
        TestSite site = site(dir);
        TestSite.Run check = site.run("check");
        assertEquals(0, check.code(), check.err());
        assertFalse(check.err().contains("broken link"), check.err());

        site.delete("static/google123.html");
        TestSite.Run broken = site.run("check");
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("seeds/2013-06-30-cameron.md:5:39: broken link '/google123.html': no page google123.html"),
                broken.err());
    }

    @Test
    void aRobotsTxtOfTheSitesOwnReplacesTheGeneratedOne(@TempDir Path dir) {
        String robots = "User-agent: *\nDisallow: /drafts/\n";
        TestSite site = site(dir).write("static/robots.txt", robots).build();
        assertEquals(robots, site.text("robots.txt"));
        assertEquals(0, site.run("check").code());
        site.delete("static/robots.txt").build();
        assertTrue(site.text("robots.txt").startsWith("User-agent: *\nAllow: /\nSitemap: "), "generated again once it is gone");
    }

    @Test
    void aFileAtAPathTheSiteWritesIsAnErrorAndTheOutputStaysAsItWas(@TempDir Path dir) throws IOException {
        TestSite site = site(dir).build();
        Map<String, byte[]> before = DeterminismTest.tree(site.output());
        site.write("static/feed.xml", "<feed/>")
                .write("static/index.html", "<p>mine</p>")
                .write("static/articles/cameron/extra.html", "x")
                .write("static/sitemap.xml/inside.txt", "x")
                .write("static/Tags/list.html", "x")
                .write("static/FEED.XML", "<feed/>")
                .write("static/Press.txt", "x")
                .write("static/press.txt", "y")
                .write("static/a#b.txt", "x");
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("static/a#b.txt:1:1: a static file's name may hold only letters, digits, spaces"), run.err());
        assertTrue(run.err().contains("static/FEED.XML:1:1: clashes with"), "every static file to mend, in one build: " + run.err());
        site.delete("static/a#b.txt");
        for (String name : List.of("trail.txt ", " lead.txt", "dots...", "folder /x.txt")) {
            TestSite.Run odd = site.write("static/" + name, "x").run("build");
            assertEquals(1, odd.code(), name);
            assertTrue(odd.err().contains("static/" + name + ":1:1: a static file's name may hold only"), odd.err());
            site.delete("static/" + name);
        }

        run = site.run("build");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("static/feed.xml:1:1: clashes with the site's feed, which the site writes at feed.xml"), run.err());
        assertTrue(run.err().contains("static/index.html:1:1: clashes with the home page"), run.err());
        assertTrue(run.err().contains("static/articles/cameron/extra.html:1:1: clashes with the site's own folder articles/"), run.err());
        assertTrue(run.err().contains("static/sitemap.xml/inside.txt:1:1: clashes with the sitemap, a file the site writes at sitemap.xml"),
                run.err());
        // One file on macOS and Windows, where names ignore case.
        assertTrue(run.err().contains("static/FEED.XML:1:1: clashes with the site's feed, which the site writes at feed.xml (the same file"
                + " where names ignore case, as on macOS and Windows)"), run.err());
        assertTrue(run.err().contains("static/Tags/list.html:1:1: clashes with the site's own folder tags/"), run.err());
        assertTrue(run.err().contains("static/Press.txt:1:1: has the name of static/press.txt where names ignore case, as on macOS"
                + " and Windows, where one would overwrite the other (rename one of them)"), run.err());
        assertSameFiles(before, DeterminismTest.tree(site.output()));
        assertFalse(Files.exists(dir.resolve(".site-output.staging")));

        // A new folder is refused the same, and nothing is left of it.
        run = site.run("build", "--output", "fresh");
        assertEquals(1, run.code(), run.err());
        assertFalse(Files.exists(dir.resolve("fresh")));
        assertFalse(Files.exists(dir.resolve(".fresh.staging")));

        TestSite.Run check = site.run("check");
        assertEquals(1, check.code());
        assertTrue(check.err().contains("static/feed.xml:1:1: clashes with the site's feed"), check.err());
    }

    @Test
    void incrementalBuildsFollowFilesAddedEditedAndDeletedRewritingOnlyThose(@TempDir Path dir) throws IOException {
        TestSite site = site(dir).build();
        Path icon = site.output().resolve("favicon.ico");
        Object iconFile = Files.readAttributes(icon, BasicFileAttributes.class).fileKey();
        long iconTime = Files.getLastModifiedTime(icon).toMillis();

        TestSite.Run added = site.write("static/press/kit.txt", "Logos and photos.\n").run("build");
        assertEquals(0, added.code(), added.err());
        assertTrue(added.out().contains("(1 written)"), added.out());
        assertEquals("Logos and photos.\n", site.text("press/kit.txt"));
        assertSameAsClean(site, dir.resolve("clean1"));

        TestSite.Run edited = site.write("static/google123.html", "google-site-verification: v2\n").run("build");
        assertEquals(0, edited.code(), edited.err());
        assertTrue(edited.out().contains("(1 written)"), edited.out());
        assertEquals("google-site-verification: v2\n", site.text("google123.html"));
        assertSameAsClean(site, dir.resolve("clean2"));

        TestSite.Run deleted = site.delete("static/press/kit.txt").run("build");
        assertEquals(0, deleted.code(), deleted.err());
        assertFalse(site.exists("press/kit.txt"));
        assertFalse(site.exists("press"), "the folder it leaves empty goes too");
        assertFalse(Files.readAllLines(dir.resolve(".site-output.gazette-files")).contains("press/kit.txt"));
        assertSameAsClean(site, dir.resolve("clean3"));

        // A name near the file system's 255-byte limit is written in place too (its temporary file had no room).
        String longName = "a".repeat(250) + ".txt";
        TestSite.Run longOne = site.write("static/" + longName, "long\n").run("build");
        assertEquals(0, longOne.code(), longOne.err());
        assertEquals("long\n", site.text(longName));
        site.delete("static/" + longName).build();

        assertEquals(iconFile, Files.readAttributes(icon, BasicFileAttributes.class).fileKey(), "an unchanged file is not written again");
        assertEquals(iconTime, Files.getLastModifiedTime(icon).toMillis());
        TestSite.Run nothing = site.run("build");
        assertTrue(nothing.out().contains("(0 written)"), nothing.out());
    }

    @Test
    void linksInTheStaticFolderFollowTheSourceFoldersRules(@TempDir Path dir) throws IOException {
        Path siteDir = Files.createDirectories(dir.resolve("site"));
        TestSite site = site(siteDir).write("shared/logo.svg", "<svg/>");
        Files.write(dir.resolve("secret.txt"), "secret".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(siteDir.resolve("static/links"));
        Files.createSymbolicLink(siteDir.resolve("static/links/logo.svg"), siteDir.resolve("shared/logo.svg"));
        Files.createSymbolicLink(siteDir.resolve("static/links/folder"), siteDir.resolve("shared"));
        Files.createSymbolicLink(siteDir.resolve("static/links/nothing.txt"), siteDir.resolve("missing.txt"));
        site.build();
        assertEquals("<svg/>", site.text("links/logo.svg"));
        assertFalse(site.exists("links/folder"));
        assertFalse(site.exists("links/nothing.txt"));
        TestSite.Run run = site.run("build", "--clean");
        assertTrue(run.err().contains("static/links/folder:1:1: warning: not published: a link to a folder is not followed"), run.err());
        assertTrue(run.err().contains("static/links/nothing.txt:1:1: warning: not published: a link to nothing"), run.err());

        Files.createSymbolicLink(siteDir.resolve("static/links/secret.txt"), dir.resolve("secret.txt"));
        run = site.run("build");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("static/links/secret.txt:1:1: the static file is a link to a file outside the site folder"),
                run.err());
        assertFalse(site.exists("links/secret.txt"));
    }

    @Test
    void staticNamesAnotherFolderAndIsRefusedLikeTheOtherFolders(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, SITE).write("public/humans.txt", "Desk: London\n");
        site.build();
        assertFalse(site.exists("humans.txt"), "public/ is not the static folder unless named");
        site.build("--static", "public");
        assertEquals("Desk: London\n", site.text("humans.txt"));

        TestSite.Run missing = site.run("build", "--static", "pubic");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--static pubic: no such folder"), missing.err());
        TestSite.Run file = site.run("build", "--static", "public/humans.txt");
        assertEquals(2, file.code());
        assertTrue(file.err().contains("--static public/humans.txt: a file, not a folder"), file.err());
        TestSite.Run inside = site.run("build", "--static", "public", "--output", "public/site");
        assertEquals(1, inside.code());
        assertTrue(inside.err().contains("public/site:1:1: the output folder and public/ are inside one another"), inside.err());
        // Everything in the static folder is published: one that holds the articles, the theme or the
        // configuration would publish them, drafts and all.
        for (String[] holding : List.of(new String[] {"seeds", "seeds/"}, new String[] {".", "./"}, new String[] {"templates", "templates/"})) {
            site.write("templates/extra.txt", "theme notes\n");
            for (String command : List.of("build", "check")) {
                TestSite.Run run = site.run(command, "--static", holding[0], "--output", dir.resolve("elsewhere").toString());
                assertEquals(1, run.code(), command + " --static " + holding[0] + ": " + run.err());
                assertTrue(run.err().contains("the static folder " + holding[1] + " and ")
                        || run.err().contains("the static folder " + holding[1] + " holds the configuration")
                        || holding[0].equals(".") && run.err().contains("the output folder and ./ are inside one another"), run.err());
            }
        }
        assertFalse(Files.exists(dir.resolve("elsewhere/gazette.yml")), "nothing is published");
        TestSite.Run help = site.run("build", "--help");
        assertTrue(help.out().contains("--static=DIR"), help.out());
    }

    /** The output as a clean build of the same folder into another makes it, byte for byte. */
    private static void assertSameAsClean(TestSite site, Path other) throws IOException {
        TestSite.Run run = site.run("build", "--clean", "--output", other.toString());
        assertEquals(0, run.code(), run.err());
        assertSameFiles(DeterminismTest.tree(other), DeterminismTest.tree(site.output()));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
