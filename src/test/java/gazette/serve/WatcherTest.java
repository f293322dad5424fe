package gazette.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: one article, served. Features tested: every kind of change in the source folder (create,
 * modify, delete, rename, a new sub-folder and then a file in it), the templates folder and the
 * config file leads to a rebuild whose result is what the server serves next.
 */
class WatcherTest {
    @TempDir
    Path dir;
    ServedSite served;

    @BeforeEach
    void serve() throws IOException {
        served = ServedSite.start(dir, "https://example.org/");
        assertEquals(200, served.get("/articles/first/").statusCode());
    }

    @AfterEach
    void stop() {
        served.close();
    }

    private static String article(String title) {
        return "---\ntitle: " + title + "\ndate: 2013-07-02\n---\nBody of " + title + ".\n";
    }

    @Test
    void aNewArticleIsServed() {
        assertEquals(404, served.get("/articles/second/").statusCode());
        served.site.write("seeds/2013-07-02-second.md", article("Second"));
        served.awaitServed("/articles/second/", r -> r.statusCode() == 200 && r.body().contains("Second"));
        served.awaitServed("/", r -> r.body().contains("Second"));
    }

    @Test
    void aChangedTitleIsServed() {
        served.site.write("seeds/2013-07-01-first.md", "---\ntitle: First, revised\ndate: 2013-07-01\n---\nBody one.\n");
        served.awaitServed("/articles/first/", r -> r.body().contains("<title>First, revised"));
    }

    @Test
    void aDeletedArticleIsGone() {
        served.site.write("seeds/2013-07-02-second.md", article("Second"));
        served.awaitServed("/articles/second/", r -> r.statusCode() == 200);
        served.site.delete("seeds/2013-07-02-second.md");
        served.awaitServed("/articles/second/", r -> r.statusCode() == 404);
        assertTrue(served.output().contains("Rebuilt"), served.output());
    }

    @Test
    void aRenamedArticleMovesToItsNewAddress() throws IOException {
        Path seeds = served.site.root().resolve("seeds");
        Files.move(seeds.resolve("2013-07-01-first.md"), seeds.resolve("2013-07-01-renamed.md"));
        served.awaitServed("/articles/renamed/", r -> r.statusCode() == 200 && r.body().contains("First"));
        assertEquals(404, served.get("/articles/first/").statusCode());
    }

    @Test
    void aNewSubFolderIsWatchedToo() {
        BuildStatus afterFolder = served.buildAfter(site -> mkdir(site.root().resolve("seeds/2014")));
        assertTrue(afterFolder.ok());
        // The folder exists before anything is written in it, so this shows it was registered for watching.
        served.site.write("seeds/2014/2014-01-01-inside.md", article("Inside"));
        served.awaitServed("/articles/inside/", r -> r.statusCode() == 200 && r.body().contains("Inside"));
        served.site.write("seeds/2014/deeper/2014-01-02-deeper.md", article("Deeper"));
        served.awaitServed("/articles/deeper/", r -> r.statusCode() == 200);
    }

    @Test
    void aPictureAddedBesideTheArticlesIsServedAndLinkedAndGoesWhenDeleted() {
        served.site.write("seeds/2013-07-01-first.md", "---\ntitle: First\ndate: 2013-07-01\n---\nBody one.\n\n"
                + "![A map](img/b%20c.png)\n");
        served.awaitServed("/articles/first/", r -> r.body().contains("src=\"img/b%20c.png\""));
        served.site.write("seeds/img/b c.png", "not really a picture");
        served.awaitServed("/media/img/b%20c.png", r -> r.statusCode() == 200 && r.body().equals("not really a picture"));
        served.awaitServed("/articles/first/", r -> r.body().contains("src=\"../../media/img/b%20c.png\""));
        served.site.delete("seeds/img/b c.png");
        served.awaitServed("/media/img/b%20c.png", r -> r.statusCode() == 404);
        served.awaitServed("/articles/first/", r -> r.body().contains("src=\"img/b%20c.png\""));
    }

    @Test
    void aConfigChangeIsServed() {
        served.site.write("gazette.yml", "title: Renamed site\nbaseUrl: https://example.org/\ntopics:\n  - {id: trade, title: Trade}\n");
        served.awaitServed("/", r -> r.body().contains("Renamed site"));
    }

    @Test
    void aChangedTemplateIsServed(@TempDir Path other) throws IOException {
        String template = Files.readString(gazette.testing.TestSite.repoRoot().resolve("templates/404.ftlh"));
        var site = gazette.testing.TestSite.of(other, ServedSite.CONFIG.formatted("https://example.org/") + ServedSite.FIRST)
                .write("templates/404.ftlh", template.replace("${label('notFound.title')}</h1>", "Nothing here, version 1</h1>"));
        try (ServedSite withTemplates = ServedSite.start(site)) {
            assertTrue(withTemplates.get("/missing/").body().contains("Nothing here, version 1"));
            site.write("templates/404.ftlh", template.replace("${label('notFound.title')}</h1>", "Nothing here, version 2</h1>"));
            withTemplates.awaitServed("/missing/", r -> r.statusCode() == 404 && r.body().contains("Nothing here, version 2"));
        }
    }

    /**
     * The site runs on the built-in theme with no templates folder: one made while serving, an
     * override put in it and edited, the folder deleted and made again, each rebuild and are served.
     */
    @Test
    void aTemplatesFolderMadeWhileServingIsWatched() throws IOException {
        String layout = Files.readString(gazette.testing.TestSite.repoRoot().resolve("templates/layout.ftlh"));
        Path templates = served.site.root().resolve("templates");
        assertTrue(served.buildAfter(site -> mkdir(templates)).ok());
        served.site.write("templates/layout.ftlh", layout.replace("</footer>", "<p>Override 1</p></footer>"));
        served.awaitServed("/articles/first/", r -> r.body().contains("Override 1"));
        served.site.write("templates/layout.ftlh", layout.replace("</footer>", "<p>Override 2</p></footer>"));
        served.awaitServed("/articles/first/", r -> r.body().contains("Override 2"));
        served.site.delete("templates/layout.ftlh");
        served.buildAfter(site -> delete(templates));
        served.awaitServed("/articles/first/", r -> r.statusCode() == 200 && !r.body().contains("Override"));
        served.site.write("templates/layout.ftlh", layout.replace("</footer>", "<p>Override 3</p></footer>"));
        served.awaitServed("/articles/first/", r -> r.body().contains("Override 3"));
    }

    /**
     * The site has no static folder when serving starts: one made while serving is watched, and a
     * file added to it, edited and deleted is served, served anew and gone (also from the output).
     */
    @Test
    void aStaticFolderMadeWhileServingIsWatchedAndItsFilesFollowed() {
        assertEquals(404, served.get("/.well-known/security.txt").statusCode());
        assertTrue(served.buildAfter(site -> mkdir(site.root().resolve("static"))).ok());
        served.site.write("static/.well-known/security.txt", "Contact: mailto:one@example.org\n");
        served.awaitServed("/.well-known/security.txt", r -> r.statusCode() == 200 && r.body().equals("Contact: mailto:one@example.org\n"));
        served.site.write("static/.well-known/security.txt", "Contact: mailto:two@example.org\n");
        served.awaitServed("/.well-known/security.txt", r -> r.statusCode() == 200 && r.body().equals("Contact: mailto:two@example.org\n"));
        served.site.delete("static/.well-known/security.txt");
        served.awaitServed("/.well-known/security.txt", r -> r.statusCode() == 404);
        assertTrue(!Files.exists(served.site.output().resolve(".well-known/security.txt")));
    }

    /** The source folder and the config file deleted while serving: the builds fail; made again, the site is served. */
    @Test
    void aSourceFolderOrConfigDeletedAndMadeAgainIsWatched() throws IOException {
        String first = Files.readString(served.site.root().resolve("seeds/2013-07-01-first.md"));
        served.site.delete("seeds/2013-07-01-first.md");
        served.buildAfter(site -> delete(site.root().resolve("seeds")));
        served.awaitBuildWhere(served.server::status, s -> !s.ok() && s.lines().toString().contains("source folder not found"));
        served.site.write("seeds/2013-07-01-first.md", first.replace("Body one.", "Body again."));
        served.awaitServed("/articles/first/", r -> r.statusCode() == 200 && r.body().contains("Body again."));
        String config = Files.readString(served.site.root().resolve("gazette.yml"));
        served.site.delete("gazette.yml");
        served.awaitBuildWhere(served.server::status, s -> !s.ok());
        served.site.write("gazette.yml", config.replace("title: Test", "title: Made again"));
        served.awaitServed("/", r -> r.statusCode() == 200 && r.body().contains("Made again"));
    }

    /** A site served before its source folder exists (its first build fails) is built once the folder is made. */
    @Test
    void aSourceFolderMadeAfterServingStartsIsWatched(@TempDir Path other) throws IOException {
        var site = gazette.testing.TestSite.of(other, ServedSite.CONFIG.formatted("https://example.org/"));
        try (ServedSite noSources = ServedSite.start(site)) {
            assertTrue(!noSources.server.status().ok());
            site.write("seeds/2013-07-01-first.md", article("Late"));
            noSources.awaitServed("/articles/first/", r -> r.statusCode() == 200 && r.body().contains("Late"));
        }
    }

    private static Object delete(Path p) {
        try {
            Files.delete(p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object mkdir(Path p) {
        try {
            return Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
