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
                .write("templates/404.ftlh", template.replace("Page not found</h1>", "Nothing here, version 1</h1>"));
        try (ServedSite withTemplates = ServedSite.start(site)) {
            assertTrue(withTemplates.get("/missing/").body().contains("Nothing here, version 1"));
            site.write("templates/404.ftlh", template.replace("Page not found</h1>", "Nothing here, version 2</h1>"));
            withTemplates.awaitServed("/missing/", r -> r.statusCode() == 404 && r.body().contains("Nothing here, version 2"));
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
