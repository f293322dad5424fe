package gazette.content.rawcopy;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The two raw seed articles the site was commissioned for (copies in {@code rawcopy/seeds/}):
 * the ITV News live blog and the Moscow Times wire story, with the structure their README names.
 */
class SeedImportTest {
    private static final String ITV = "seeds/000_be17fb8f742894ba.txt";
    private static final String MOSCOW_TIMES = "seeds/003_ed86e922d107c84f.txt";
    private static final List<String> FURNITURE = List.of("Live updates", "Back to top", "Latest ITV News reports",
            "Get the latest updates", "right on your browser", "Last Updated", "07/27/2016");

    @Test
    void theLiveBlogHasItsSevenUpdatesInPublishedOrder() {
        ImportedCopy copy = Copies.read(ITV);
        assertTrue(copy.live());
        assertEquals(Optional.of("Cameron first PM in Kazakhstan"), copy.title());
        List<String> expected = List.of(
                "Kazakhstan leader riled by human rights question",
                "Cameron: Kazakhstan is an 'emerging power'",
                "UK businesses get £700m Kazakhstan boost",
                "Cameron 'would like to be Harry Potter'",
                "Kazakh leader defends human rights record",
                "Kazakh president: I would vote for Cameron",
                "PM: UK to sign £700m trade deals in Kazakhstan");
        assertEquals(expected, copy.report().updateHeadlines());
        Copies.Written written = Copies.write(copy);
        assertEquals(expected, written.html().select("h2").eachText());
        assertEquals("live", written.frontMatter().get("type"));
    }

    @Test
    void theLiveBlogStandfirstComesBeforeTheFirstUpdate() {
        ImportedCopy copy = Copies.read(ITV);
        String standfirst = "David Cameron has arrived on a mission to boost British trade with the mineral-rich "
                + "Kazakhstan. He becomes the first serving Prime Minister to visit the country.";
        assertEquals(Optional.of(standfirst), copy.summary());
        assertTrue(copy.markdownBody().startsWith(standfirst + "\n\n## Kazakhstan leader riled"));
        assertEquals(standfirst, Copies.write(copy).frontMatter().get("summary"));
    }

    @Test
    void theLiveBlogCaptionsKeepTheirCreditsAndTheClipIsAVideoCaption() {
        ImportedCopy copy = Copies.read(ITV);
        String body = copy.markdownBody();
        assertTrue(body.contains("\n\nPhoto: Cameron and Nursultan Nazarbayev have agreed a strategic partnership"
                + " Credit: REUTERS/Leon Neal\n\n"), body);
        assertTrue(body.contains("\n\nPhoto: David Cameron also visited an oil plant on his Kazakhstan trip"
                + " Credit: REUTERS/Leon Neal\n\n"), "trailing slash dropped");
        assertTrue(body.contains("\n\nPhoto: Nursultan Nazarbayev and David Cameron have discussed human rights"
                + " Credit: REUTERS/Leon Neal\n\n"));
        assertTrue(body.contains("\n\nPhoto: David Cameron held talks with Nursultan Nazarbayev this morning"
                + " Credit: REUTERS/Mukhtar Kholdorbekov\n\n"));
        assertTrue(body.contains("\n\nVideo: Nursultan Nazarbayev confronts ITV News correspondent Romilly Weeks\n\n"));
        assertFalse(body.contains("Leon Neal/"));
        assertEquals(5, copy.report().captions());
    }

    @Test
    void cameronsWordsAreABlockQuoteEndingWithHisAttribution() {
        ImportedCopy copy = Copies.read(ITV);
        assertEquals(1, copy.report().quotes());
        Document html = Copies.write(copy).html();
        List<Element> quotes = html.select("blockquote");
        assertEquals(1, quotes.size());
        List<String> paragraphs = quotes.get(0).select("p").eachText();
        assertEquals(List.of(
                "We have agreed to open a new chapter in our relationship. The strategic partnership agreement that"
                        + " we have just signed will take our relationship to a new level.",
                "A relationship based on strong economic ties, on closer co-operation on security and defence and on"
                        + " increasing links between our people.",
                "– David Cameron"), paragraphs);
        // The introduction stays outside the quote, as ordinary text of the update.
        Element before = quotes.get(0).previousElementSibling();
        assertTrue(before.text().endsWith("after signing a strategic partnership with the country:"));
    }

    @Test
    void noFurnitureLineSurvivesEitherSeed() {
        for (String seed : List.of(ITV, MOSCOW_TIMES)) {
            String file = MarkdownArticleWriter.write(Copies.read(seed), FrontMatterFields.none());
            for (String furniture : FURNITURE) {
                assertFalse(file.contains(furniture), seed + " still contains " + furniture);
            }
        }
        List<RemovedLine> removed = Copies.read(ITV).report().removed();
        assertEquals(List.of(new RemovedLine(5, "Live updates"), new RemovedLine(93, "Back to top"),
                new RemovedLine(95, "Latest ITV News reports")), removed);
        assertEquals(List.of(1, 3), Copies.read(MOSCOW_TIMES).report().removed().stream().map(RemovedLine::line).toList());
    }

    @Test
    void theMoscowTimesStoryHasItsHeadlineDatelineAndParagraphs() {
        ImportedCopy copy = Copies.read(MOSCOW_TIMES);
        assertFalse(copy.live());
        assertEquals(Optional.of("Almaty: Business Is Best Defense"), copy.title());
        assertEquals(Optional.of("LONDON"), copy.dateline());
        assertEquals(Optional.empty(), copy.author());
        String body = copy.markdownBody();
        assertTrue(body.startsWith("Kazakhstan President Nursultan Nazarbayev said Tuesday"), body);
        assertFalse(body.startsWith("LONDON"));
        assertTrue(body.strip().endsWith("Nazarbayev will leave London for Madrid on Wednesday."));
        Copies.Written written = Copies.write(copy);
        assertEquals("LONDON", written.frontMatter().get("dateline"));
        assertEquals("Almaty: Business Is Best Defense", written.frontMatter().get("title"));
        assertEquals(14, written.html().select("p").size());
        assertTrue(written.text().contains("Ukraine, Belarus and Kazakhstan -- which all have nuclear warheads"));
        assertTrue(written.text().contains("cash worth around $1 billion this year"));
    }

    @Test
    void theSeedCopiesAreByteForByteTheOriginals() throws IOException {
        String shared = System.getProperty("gazette.sharedSeeds");
        assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "shared seeds not available");
        for (String seed : List.of(ITV, MOSCOW_TIMES)) {
            Path original = Path.of(shared, seed.substring("seeds/".length()));
            assertArrayEquals(Files.readAllBytes(original), Copies.bytes(seed), seed);
        }
    }
}
