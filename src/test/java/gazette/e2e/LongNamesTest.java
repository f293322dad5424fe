package gazette.e2e;

import gazette.content.Slug;
import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: one article whose tag and person are sixty words long. Features tested: names longer than a
 * file name may be make pages all the same, under URL names of at most {@link Slug#MAX_BYTES} bytes
 * that the article links to; {@code new} given such a title writes its file.
 */
class LongNamesTest {
    @TempDir
    Path dir;

    private static final String SIXTY_WORDS = ("word ".repeat(60)).trim();

    private TestSite site() {
        return TestSite.of(dir, """
                -- gazette.yml --
                title: Test
                baseUrl: https://example.org/news/
                topics:
                  - {id: trade, title: Trade}
                """);
    }

    @Test
    void termsNamedAtLengthGetPagesUnderShortenedNames() {
        TestSite site = site().write("seeds/2013-07-01-long.md", "---\ntitle: Long\ndate: 2013-07-01\ntags: [\"" + SIXTY_WORDS
                + "\"]\npeople: [\"Person " + SIXTY_WORDS + "\"]\n---\nBody.\n");
        TestSite.Run run = site.run("build");
        assertEquals(0, run.code(), run.err());

        String tag = Slug.slugify(SIXTY_WORDS);
        assertTrue(Slug.utf8Length(tag) <= Slug.MAX_BYTES, tag);
        Document tagPage = site.html("tags/" + tag + "/index.html");
        assertTrue(tagPage.selectFirst("h1").text().contains(SIXTY_WORDS), "the page is headed by the whole name");
        Document article = site.html("articles/long/index.html");
        assertTrue(article.select("a[href$=tags/" + tag + "/]").size() > 0, "the article links to the tag's page");
        assertTrue(site.exists("people/" + Slug.slugify("Person " + SIXTY_WORDS) + "/index.html"));
        assertEquals(0, site.run("check").code(), "every link resolves");
    }

    @Test
    void newWritesAFileForATitleAtLength() throws IOException {
        TestSite site = site();
        TestSite.Run run = site.run("new", "Headline " + SIXTY_WORDS, "--topics", "trade");
        assertEquals(0, run.code(), run.err());
        try (Stream<Path> files = Files.list(site.root().resolve("seeds"))) {
            List<Path> written = files.toList();
            assertEquals(1, written.size());
            assertTrue(written.get(0).getFileName().toString().length() < 120, written.get(0).toString());
        }
        assertEquals(0, site.run("build").code());
    }
}
