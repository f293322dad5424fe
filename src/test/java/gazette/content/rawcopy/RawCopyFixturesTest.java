package gazette.content.rawcopy;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Raw copy in the styles newsrooms meet, one fixture each in {@code src/test/resources/rawcopy/}:
 * a hard-wrapped wire story, a live blog with times, captions, bylines, Windows line ends with a
 * byte-order mark, one paragraph a line, extra furniture, crossheads that are not a live blog.
 */
class RawCopyFixturesTest {

    @Test
    void aWireStoryGetsItsReutersDatelineAndUnwrappedParagraphs() {
        ImportedCopy copy = Copies.read("wire-reuters.txt");
        assertFalse(copy.live());
        assertEquals(Optional.of("Steppe rail freight group wins UK backing for Caspian link"), copy.title());
        assertEquals(Optional.of("ASTANA, July 2 (Reuters)"), copy.dateline());
        assertEquals(Optional.of("Jane Doe"), copy.author());
        Document html = Copies.write(copy).html();
        List<String> paragraphs = html.select("p").eachText();
        assertEquals("A freight consortium, Northwind Steppe Rail, said on Tuesday it had secured a 120 million pound"
                + " ($183 million) loan guarantee from Britain's export credit agency to build a rail spur to the"
                + " Caspian port of Kuryk.", paragraphs.get(0));
        assertEquals("\"This is our #1 priority,\" Tempelov said. \"We move grain, not just oil.\"", paragraphs.get(2));
        assertEquals(5, paragraphs.size());
        assertFalse(copy.markdownBody().contains("By Jane Doe"));
    }

    @Test
    void aPagesMenuBarIsDroppedSoTheHeadlineAndStandfirstAreFound() {
        ImportedCopy copy = Copies.read("menu-bar.txt");
        assertEquals(Optional.of("Hosepipe ban announced for millions in south-east England"), copy.title());
        assertEquals(Optional.of("Water companies say reservoirs are at their lowest for thirty years."), copy.summary());
        assertEquals(Optional.of("Amira Khan, Environment Correspondent"), copy.author());
        assertEquals(Optional.of("BRIGHTON, England (Reuters)"), copy.dateline());
        assertEquals(List.of("removed line 1: Skip to main content", "removed line 2: Home | News | Weather | Sport",
                        "removed line 10: About us | Contact us | Privacy policy | Terms"),
                copy.report().lines().stream().filter(l -> l.startsWith("removed")).toList());
        List<String> paragraphs = Copies.write(copy).html().select("p").eachText();
        assertEquals(3, paragraphs.size(), paragraphs.toString());
        assertTrue(paragraphs.get(1).startsWith("Millions of households"), "the dateline is taken off: " + paragraphs.get(1));
    }

    @Test
    void theAgencyADatelineNamesIsTheSourceUnlessTheEditorGivesOne() {
        ImportedCopy copy = Copies.read("menu-bar.txt");
        String file = MarkdownArticleWriter.write(copy, FrontMatterFields.none());
        assertEquals("Reuters", Copies.split(file).frontMatter().get("source"));
        assertTrue(file.contains("\nsource: \"Reuters\"   # named in the dateline\n"), file);
        assertTrue(copy.describe(FrontMatterFields.none()).contains("source: Reuters (named in the dateline; --source gives another)"));
        FrontMatterFields given = new FrontMatterFields(Optional.empty(), Optional.of("The Argus"), Optional.empty(), List.of());
        assertEquals("The Argus", Copies.split(MarkdownArticleWriter.write(copy, given)).frontMatter().get("source"));
        assertTrue(copy.describe(given).stream().noneMatch(l -> l.startsWith("source:")));
        assertFalse(Copies.write(Copies.read("byline.txt")).frontMatter().containsKey("source"),
                "a dateline without an agency names no source");
    }

    @Test
    void aHeadlineWithOneSeparatorStaysTheHeadline() {
        ImportedCopy copy = new RawCopyReader(Furniture.defaults()).read("raw/talks.txt",
                "Skip to content\nKazakhstan | UK trade talks resume\n\nASTANA (AP) — Talks resumed on Monday.\n");
        assertEquals(Optional.of("Kazakhstan | UK trade talks resume"), copy.title());
        assertEquals(List.of("removed line 1: Skip to content"),
                copy.report().lines().stream().filter(l -> l.startsWith("removed")).toList());
    }

    @Test
    void aLiveBlogWithoutAMarkerIsFoundByItsTimedHeadlines() {
        ImportedCopy copy = Copies.read("live-times.txt");
        assertTrue(copy.live());
        assertEquals(List.of("Protest outside the ministry", "Agreement signed at Akorda palace", "Talks run over time",
                "Minister lands in Astana", "Minister leaves London"), copy.report().updateHeadlines());
        assertEquals(List.of("14:15", "14:05+01:00", "12:40+01:00", "10:32", "06:50+00:00"), copy.report().times());
        String body = copy.markdownBody();
        assertTrue(body.contains("## Agreement signed at Akorda palace\n\n*14:05+01:00*\n\nMs Quell and her"), body);
        assertTrue(body.contains("## Minister lands in Astana\n\n*10:32*\n\nMs Quell's plane"));
        assertTrue(body.contains("## Protest outside the ministry\n\n*14:15*\n\n"));
        assertTrue(body.contains("## Minister leaves London\n\n*06:50+00:00*\n\nThe minister left"));
        assertFalse(body.contains("BST"), "times moved into the update metadata");
        assertFalse(body.contains("Share this article"));
        assertTrue(copy.summary().orElseThrow().startsWith("Follow our coverage of Trade Minister Harriet Quell"));
        assertTrue(Copies.write(copy).text().contains("placards reading \"Fair prices *now*\"."));
    }

    @Test
    void everyKindOfCaptionBecomesAPhotoOrVideoParagraph() {
        ImportedCopy copy = Copies.read("captions.txt");
        assertEquals(4, copy.report().captions());
        List<String> captions = Copies.write(copy).html().select("p").eachText().stream()
                .filter(p -> p.startsWith("Photo: ") || p.startsWith("Video: ")).toList();
        assertEquals(List.of(
                "Photo: Workers clear mud from the quayside at Kuryk on Monday Credit: Steppe Photo Agency/Dana Ilyasova",
                "Photo: Trucks queue on the approach road to the port Credit: Arman Sadykov",
                "Photo: Harbour master Ruslan Ospanov inspects the damage Credit: Caspian Wire",
                "Video: Drone footage shows the flooded rail yard"), captions);
        assertFalse(copy.live());
    }

    /** "Credit:" in the reporter's sentences is no credit: those paragraphs are kept as written. */
    @Test
    void creditInTheTextLeavesItText() {
        String prose1 = "The talks were described as \"productive\". Credit: the ministry said.";
        String prose2 = "Credit: This line is about credit markets and how lenders priced the deal for the port.";
        ImportedCopy copy = new RawCopyReader(Furniture.defaults()).read("raw/talks.txt",
                "Port talks end\n\n" + prose1 + "\n\n" + prose2 + "\n\n"
                        + "Caption: Ministers at the port on Monday Credit: Steppe Photo Agency\n");
        assertEquals(1, copy.report().captions());
        assertEquals(List.of(prose1, prose2, "Photo: Ministers at the port on Monday Credit: Steppe Photo Agency"),
                Copies.write(copy).html().select("p").eachText());
    }

    @Test
    void aBylineWithARoleAndTwoNamesBecomesTheAuthor() {
        ImportedCopy copy = Copies.read("byline.txt");
        assertEquals(Optional.of("Jane Doe and John Roe, Central Asia Correspondents"), copy.author());
        assertEquals(Optional.of("ALMATY, Kazakhstan"), copy.dateline());
        assertEquals(Optional.of("Officials say the planned Alatau Digital Park could host 300 start-ups by 2030."),
                copy.summary());
        assertFalse(copy.markdownBody().contains("By Jane Doe"));
        assertFalse(copy.markdownBody().contains("ALMATY"));
        assertEquals(2, copy.report().quotes());
        Document html = Copies.write(copy).html();
        assertEquals(List.of("– Office of the Mayor of Almaty", "– Marat Zhaksybekov, economist"),
                html.select("blockquote > p:last-child").eachText());
    }

    /** "By Air Astana" near the top is how to travel, not who wrote it: it stays the reporter's text. */
    @Test
    void byAndATransportStaysText() {
        ImportedCopy copy = new RawCopyReader(Furniture.defaults()).read("raw/travel.txt",
                "Getting to Aktau\n\nBy Air Astana\n\nBy air, the journey from Almaty takes three hours.\n");
        assertEquals(Optional.empty(), copy.author());
        assertEquals("By Air Astana\n\nBy air, the journey from Almaty takes three hours.\n", copy.markdownBody());
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkLeaveNoTrace() {
        byte[] raw = Copies.bytes("windows-bom.txt");
        assertEquals(0xEF, raw[0] & 0xFF, "the fixture must keep its BOM (check git's line-end settings)");
        assertTrue(new String(raw, StandardCharsets.UTF_8).contains("\r\n"), "the fixture must keep its CRLFs");
        ImportedCopy copy = Copies.read("windows-bom.txt");
        assertEquals(Optional.of("Caspian ferry returns to service"), copy.title());
        assertEquals(Optional.of("Aliya Kenzhe"), copy.author());
        assertEquals(Optional.of("AKTAU, Kazakhstan"), copy.dateline());
        String file = MarkdownArticleWriter.write(copy, FrontMatterFields.none());
        assertFalse(file.contains("\r"));
        assertFalse(file.contains("\uFEFF"));
        assertEquals("The ferry Caspian Star resumed crossings to Baku on Wednesday after a month in dry dock.\n\n"
                + "Passengers said the crossing was smooth.\n", copy.markdownBody());
    }

    /** AP's underscore dateline and its closing rights line, and a Reuters dateline naming two cities. */
    @Test
    void apAndReutersWireFormsAreRecognised() {
        ImportedCopy ap = new RawCopyReader(Furniture.defaults()).read("raw/ap.txt", """
                Senate passes grain bill

                WASHINGTON (AP) _ The Senate passed the grain bill on Tuesday.

                Copyright 2013 The Associated Press. All rights reserved. This material may not be published, \
                broadcast, rewritten or redistributed.
                """);
        assertEquals(Optional.of("WASHINGTON (AP)"), ap.dateline());
        assertEquals("The Senate passed the grain bill on Tuesday.\n", ap.markdownBody());
        ImportedCopy reuters = new RawCopyReader(Furniture.defaults()).read("raw/reuters.txt",
                "Rail link agreed\n\nLONDON/ASTANA (Reuters) - Britain and Kazakhstan agreed a rail link on Tuesday.\n");
        assertEquals(Optional.of("LONDON/ASTANA (Reuters)"), reuters.dateline());
        assertEquals("Britain and Kazakhstan agreed a rail link on Tuesday.\n", reuters.markdownBody());
    }

    @Test
    void copyWithoutBlankLinesHasOneParagraphALine() {
        ImportedCopy copy = Copies.read("no-blank-lines.txt");
        assertEquals(Optional.of("Grain exports hit record, board says"), copy.title());
        assertEquals(Optional.of("LONDON (Reuters)"), copy.dateline());
        List<String> paragraphs = Copies.write(copy).html().select("p").eachText();
        assertEquals(List.of(
                "Kazakhstan's grain board said on Friday that exports reached a record 11 million tonnes in the season"
                        + " to June.",
                "The board said demand from Iran and Afghanistan had risen sharply.",
                "Shares in Steppe Grain Holdings rose 3 percent.",
                "\"We expect another strong year,\" the board's chairman, Yerlan Dossov, said.",
                "Reporting by Jane Doe; editing by John Roe"), paragraphs);
    }

    @Test
    void furnitureLinesAreRemovedAndReportedWithTheirLineNumbers() {
        ImportedCopy copy = Copies.read("furniture.txt", new Furniture(List.of("pictures of the week")));
        assertEquals(Optional.of("Pipeline talks resume in Aktau"), copy.title());
        assertEquals(List.of(1, 2, 5, 6, 9, 13, 14, 15, 16),
                copy.report().removed().stream().map(RemovedLine::line).toList());
        assertEquals("Negotiators from three countries resumed talks on Thursday over a pipeline under the Caspian"
                + " Sea.\n\nA deal is not expected before the end of the year, officials said.\n", copy.markdownBody());
        // Without the site's extra pattern, the line stays: the defaults do not guess.
        assertTrue(Copies.read("furniture.txt").markdownBody().contains("Pictures of the week"));
    }

    /** The headlines listed under "Related stories:" go with their label, and are reported as it is. */
    @Test
    void aRelatedListGoesWithItsLabel() {
        for (String label : List.of("Related stories:", "Related:", "Related", "Read more:", "More on this story:")) {
            ImportedCopy copy = new RawCopyReader(Furniture.defaults()).read("raw/related.txt",
                    "Pipeline talks resume in Aktau\n\n"
                            + "Negotiators resumed talks on Thursday over a pipeline under the Caspian Sea.\n\n"
                            + label + "\nCaspian pipeline explained\n\nWhy Aktau matters to Europe\n"
                            + "Kazakh president: I would vote for Cameron\n\n"
                            + "A deal is not expected before the end of the year, officials said.\n");
            assertEquals("Negotiators resumed talks on Thursday over a pipeline under the Caspian Sea.\n\n"
                    + "A deal is not expected before the end of the year, officials said.\n", copy.markdownBody(), label);
            assertEquals(List.of(new RemovedLine(5, label), new RemovedLine(6, "Caspian pipeline explained"),
                    new RemovedLine(8, "Why Aktau matters to Europe"),
                    new RemovedLine(9, "Kazakh president: I would vote for Cameron")), copy.report().removed(), label);
        }
    }

    /**
     * A label above the headline (the page's navigation) takes nothing with it, nor does one followed by
     * more headlines than a related list has, or by a sentence wrapped over two lines.
     */
    @Test
    void aRelatedLabelTakesNoArticleText() {
        RawCopyReader reader = new RawCopyReader(Furniture.defaults());
        ImportedCopy top = reader.read("raw/top.txt", "Related stories\nPipeline talks resume in Aktau\n\n"
                + "Negotiators resumed talks on Thursday.\n");
        assertEquals(Optional.of("Pipeline talks resume in Aktau"), top.title());
        String many = "One headline here\nTwo headline here\nThree headline here\nFour headline here\n"
                + "Five headline here\nSix headline here\nSeven headline here\n";
        ImportedCopy long_ = reader.read("raw/long.txt", "Talks resume\n\nTalks resumed on Thursday.\n\nRelated:\n" + many);
        assertTrue(long_.markdownBody().contains("One headline here\n\nTwo headline here"), long_.markdownBody());
        assertEquals(1, long_.report().removed().size());
        ImportedCopy wrapped = reader.read("raw/wrapped.txt", "Talks resume\n\nTalks resumed on Thursday.\n\n"
                + "Read more\nThe minister said on Monday that the talks would\ncontinue into next week.\n");
        assertTrue(wrapped.markdownBody().contains("The minister said on Monday that the talks would"),
                wrapped.markdownBody());
        ImportedCopy live = reader.read("raw/live.txt", "Talks live\n\nLive updates\n\nTalks began in Astana.\n\n"
                + "Read more\n\nTalks run over time\n\n14:05 BST\n\nThe talks ran on.\n\n"
                + "Minister lands in Astana\n\n10:32\n\nThe plane landed.\n");
        assertTrue(live.report().updateHeadlines().contains("Talks run over time"), live.markdownBody());
    }

    @Test
    void twoCrossheadsDoNotMakeALiveBlog() {
        ImportedCopy copy = Copies.read("crossheads.txt");
        assertFalse(copy.live());
        assertFalse(copy.markdownBody().contains("##"));
        assertTrue(copy.markdownBody().contains("\n\nThe first train\n\n"));
    }

    @Test
    void theReportReadsAsAFewLines() {
        List<String> lines = Copies.read("seeds/000_be17fb8f742894ba.txt").report().lines();
        assertEquals("7 live updates:", lines.get(0));
        assertEquals("  Kazakhstan leader riled by human rights question", lines.get(1));
        assertTrue(lines.contains("5 captions"));
        assertTrue(lines.contains("1 quote with attribution"));
        assertTrue(lines.contains("removed line 5: Live updates"));
        assertTrue(Copies.read("live-times.txt").report().lines()
                .contains("5 update times: 14:15, 14:05+01:00, 12:40+01:00, 10:32, 06:50+00:00"));
    }
}
