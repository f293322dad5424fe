package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: an article with a photo beside it, a live blog whose only picture is in an update, one with
 * a picture given as a {@code data:} address only, and one with none, under a sub-path. Features
 * tested: the first picture on the page is the social card's ({@code og:image}, a large Twitter
 * card) and the JSON-LD {@code image}, at its absolute address; pages without one keep the small card.
 */
class LeadImageTest {
    private static final String PIXEL = "data:image/png;base64,iVBORw0KGgo=";

    @Test
    void theFirstPictureOnAnArticlePageIsItsSocialCardAndJsonLdImage(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, """
                -- gazette.yml --
                title: Pictures
                description: With photos.
                language: en-GB
                baseUrl: https://example.github.io/pics/
                topics:
                  - {id: trade, title: Trade}
                -- seeds/2013-07-01-visit.md --
                ---
                title: Visit
                date: 2013-07-01
                topics: [trade]
                ---
                Text first.

                ![Leaders at the "Akorda" & palace](akorda.jpg)

                ![Second](https://images.example.org/second.jpg)
                -- seeds/2013-07-02-live.md --
                ---
                title: Live
                date: 2013-07-02
                type: live
                topics: [trade]
                ---
                Intro without a picture.

                ## Later

                *2013-07-02*

                Words.

                ## Earlier

                *2013-07-02*

                ![Crowd](https://images.example.org/crowd.jpg?w=1200&h=630)
                -- seeds/2013-07-03-data.md --
                ---
                title: Data
                date: 2013-07-03
                topics: [trade]
                ---
                ![Dot](%s)
                -- seeds/2013-07-04-plain.md --
                ---
                title: Plain
                date: 2013-07-04
                topics: [trade]
                ---
                No picture.
                """.formatted(PIXEL)).write("seeds/akorda.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}).build();

        Document visit = site.html("articles/visit/index.html");
        String photo = visit.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(photo.startsWith("https://example.github.io/pics/media/") && photo.endsWith("akorda.jpg"), photo);
        assertEquals("Leaders at the \"Akorda\" & palace", visit.selectFirst("meta[property=og:image:alt]").attr("content"));
        assertEquals("summary_large_image", visit.selectFirst("meta[name=twitter:card]").attr("content"));
        assertTrue(visit.selectFirst("script[type=application/ld+json]").data().contains("\"image\":[\"" + photo + "\"]"),
                visit.selectFirst("script[type=application/ld+json]").data());

        Document live = site.html("articles/live/index.html");
        assertEquals("https://images.example.org/crowd.jpg?w=1200&h=630", live.selectFirst("meta[property=og:image]").attr("content"),
                "a live blog's first picture, in an update");

        for (String plain : new String[] {"articles/data/index.html", "articles/plain/index.html", "index.html"}) {
            Document page = site.html(plain);
            assertNull(page.selectFirst("meta[property=og:image]"), plain + ": a data: picture is no address a card can fetch");
            assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"), plain);
        }
        assertFalse(site.html("articles/plain/index.html").selectFirst("script[type=application/ld+json]").data().contains("\"image\""));
    }
}
