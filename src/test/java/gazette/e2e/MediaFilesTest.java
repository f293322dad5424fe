package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sites: an article with pictures and a PDF beside it in {@code seeds/} and in a sub-folder, as
 * {@code writing.md} shows; an article whose relative addresses lead out of the source folder or to
 * no file. Features tested: media files are published under {@code media/} byte for byte; the
 * article's images (in the text and as figures), links and their feed entries lead to the copies;
 * {@code check} finds no broken link; incremental builds follow a picture deleted, changed and added
 * as a clean build does; nothing outside the source folder is published or linked.
 */
class MediaFilesTest {
    static final String CONFIG = """
            -- gazette.yml --
            title: Test
            baseUrl: https://example.github.io/sub/
            topics: [{id: trade, title: Trade, keywords: [trade]}]
            """;
    static final String ARTICLE = "articles/cameron/index.html";
    static final byte[] AKORDA = image("jpg", 0x336699);
    static final byte[] B = image("png", 0xcc3300);
    static final byte[] PDF = "%PDF-1.1\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static TestSite site(Path dir) {
        return TestSite.of(dir, CONFIG + """
                -- seeds/2013-06-30-cameron.md --
                ---
                title: Cameron in Astana
                date: 2013-06-30
                ---
                The trade mission landed, ![a map](img/b.png) in hand; [the statement](statement.pdf#page=2) is out.

                ![David Cameron at the Akorda palace](akorda.jpg "Cameron arrives in Astana. Credit: PA")

                ![Encoded](my%20photo.jpg) and ![Bracketed](<my photo.jpg>) and ![Referenced][ref].

                [ref]: ./img/b.png
                """ + """
                -- seeds/2013/2013-07-01-later.md --
                ---
                title: Later
                date: 2013-07-01
                ---
                The trade talks went on.

                ![The map again](../img/b.png)
                """)
                .write("seeds/akorda.jpg", AKORDA)
                .write("seeds/img/b.png", B)
                .write("seeds/statement.pdf", PDF)
                .write("seeds/my photo.jpg", AKORDA);
    }

    @Test
    void mediaBesideArticlesArePublishedAndTheirImagesAndLinksLeadThere(@TempDir Path dir) throws IOException {
        TestSite site = site(dir).build();
        assertArrayEquals(AKORDA, Files.readAllBytes(site.output().resolve("media/akorda.jpg")));
        assertArrayEquals(B, Files.readAllBytes(site.output().resolve("media/img/b.png")));
        assertArrayEquals(PDF, Files.readAllBytes(site.output().resolve("media/statement.pdf")));
        assertArrayEquals(AKORDA, Files.readAllBytes(site.output().resolve("media/my photo.jpg")));

        Document page = site.html(ARTICLE);
        Element figure = page.selectFirst(".article-body figure");
        assertNotNull(figure, page.html());
        assertEquals("../../media/akorda.jpg", figure.selectFirst("img").attr("src"));
        assertEquals("David Cameron at the Akorda palace", figure.selectFirst("img").attr("alt"));
        assertTrue(figure.selectFirst("figcaption").text().startsWith("Cameron arrives in Astana."), figure.html());
        assertEquals("../../media/img/b.png", page.selectFirst(".article-body img[alt=\"a map\"]").attr("src"));
        assertEquals("../../media/statement.pdf#page=2", page.selectFirst(".article-body a:contains(the statement)").attr("href"));
        assertEquals("../../media/my%20photo.jpg", page.selectFirst(".article-body img[alt=Encoded]").attr("src"));
        assertEquals("../../media/my%20photo.jpg", page.selectFirst(".article-body img[alt=Bracketed]").attr("src"));
        assertEquals("../../media/img/b.png", page.selectFirst(".article-body img[alt=Referenced]").attr("src"));
        assertEquals("../../media/img/b.png",
                site.html("articles/later/index.html").selectFirst(".article-body figure img").attr("src"));

        // The feed carries the body with absolute addresses, for readers that ignore its xml:base.
        Document feed = Jsoup.parse(site.text("feed.xml"), "", Parser.xmlParser());
        Element content = feed.select("entry").stream()
                .filter(e -> e.selectFirst("title").text().equals("Cameron in Astana")).findFirst().orElseThrow()
                .selectFirst("content");
        Document body = Jsoup.parse(content.text());
        assertEquals("https://example.github.io/sub/media/akorda.jpg", body.selectFirst("figure img").attr("src"));
        assertEquals("https://example.github.io/sub/media/statement.pdf#page=2", body.selectFirst("a:contains(the statement)").attr("href"));
        assertEquals("https://example.github.io/sub/media/my%20photo.jpg", body.selectFirst("img[alt=Encoded]").attr("src"));
        assertEquals(URI.create("https://example.github.io/sub/media/akorda.jpg"),
                URI.create(content.attr("xml:base")).resolve(body.selectFirst("figure img").attr("src")));

        TestSite.Run check = site.run("check");
        assertEquals(0, check.code(), check.err());
        assertFalse(check.err().contains("broken link"), check.err());
    }

    @Test
    void incrementalBuildsFollowPicturesDeletedChangedAndAddedAsACleanBuildDoes(@TempDir Path dir, @TempDir Path clean)
            throws IOException {
        TestSite site = site(dir).build();

        site.delete("seeds/img/b.png").build();
        assertFalse(site.exists("media/img/b.png"));
        assertFalse(site.exists("media/img"), "the folder the picture leaves empty goes too");
        assertEquals("img/b.png", site.html(ARTICLE).selectFirst(".article-body img[alt=\"a map\"]").attr("src"),
                "with no picture to lead to, the address stays as written");
        assertSameAsClean(site, clean.resolve("1"));

        byte[] changed = image("jpg", 0x00ff00);
        assertFalse(java.util.Arrays.equals(AKORDA, changed), "another picture");
        site.write("seeds/akorda.jpg", changed).build();
        assertArrayEquals(changed, Files.readAllBytes(site.output().resolve("media/akorda.jpg")));
        assertSameAsClean(site, clean.resolve("2"));

        site.write("seeds/img/b.png", B).build();
        assertArrayEquals(B, Files.readAllBytes(site.output().resolve("media/img/b.png")));
        assertEquals("../../media/img/b.png", site.html(ARTICLE).selectFirst(".article-body img[alt=\"a map\"]").attr("src"));
        assertSameAsClean(site, clean.resolve("3"));
    }

    @Test
    void addressesLeadingOutOfTheSourceFolderOrToNoFileStayAsWritten(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir, CONFIG + """
                -- seeds/2013-06-30-cameron.md --
                ---
                title: Cameron in Astana
                date: 2013-06-30
                ---
                The trade mission: [the configuration](../gazette.yml), ![above the site](../../x.jpg),
                ![beside the seeds](../x.jpg) and ![not there](missing.jpg).
                """).write("x.jpg", AKORDA).write("seeds/akorda.jpg", AKORDA).build();
        Document page = site.html(ARTICLE);
        assertEquals("../gazette.yml", page.selectFirst(".article-body a").attr("href"));
        assertEquals("../../x.jpg", page.selectFirst(".article-body img[alt=above the site]").attr("src"));
        assertEquals("../x.jpg", page.selectFirst(".article-body img[alt=beside the seeds]").attr("src"));
        assertEquals("missing.jpg", page.selectFirst(".article-body img[alt=not there]").attr("src"));
        Map<String, byte[]> published = DeterminismTest.tree(site.output());
        assertEquals(java.util.Set.of("media/akorda.jpg"),
                published.keySet().stream().filter(p -> p.endsWith(".jpg") || p.endsWith(".yml")).collect(java.util.stream.Collectors.toSet()));

        TestSite.Run check = site.run("check");
        assertEquals(1, check.code());
        assertTrue(check.err().contains("broken link 'missing.jpg': no file missing.jpg in the source folder to publish"), check.err());
        assertTrue(check.err().contains("broken link '../../x.jpg'"), check.err());
        assertTrue(check.err().contains("broken link '../gazette.yml'"), check.err());
    }

    @Test
    void aMediaFileLinkedFromOutsideTheSiteIsRefused(@TempDir Path dir) throws IOException {
        Path siteDir = Files.createDirectories(dir.resolve("site"));
        Files.write(dir.resolve("secret.jpg"), AKORDA);
        TestSite site = TestSite.of(siteDir, CONFIG + """
                -- seeds/2013-06-30-cameron.md --
                ---
                title: Cameron in Astana
                date: 2013-06-30
                ---
                ![Secret](secret.jpg)
                """);
        Files.createSymbolicLink(siteDir.resolve("seeds/secret.jpg"), dir.resolve("secret.jpg"));
        TestSite.Run run = site.run("build");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("seeds/secret.jpg:1:1: the media file is a link to a file outside the site folder"), run.err());
        assertFalse(site.exists("media/secret.jpg"));
    }

    /** The output as a clean build of the same folder into another makes it, byte for byte. */
    private static void assertSameAsClean(TestSite site, Path other) throws IOException {
        TestSite.Run run = site.run("build", "--clean", "--output", other.toString());
        assertEquals(0, run.code(), run.err());
        Map<String, byte[]> expected = DeterminismTest.tree(other);
        Map<String, byte[]> actual = DeterminismTest.tree(site.output());
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }

    /** A one-pixel picture of one colour, as real files of the format are. */
    static byte[] image(String format, int rgb) {
        BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        pixel.setRGB(0, 0, rgb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(pixel, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
