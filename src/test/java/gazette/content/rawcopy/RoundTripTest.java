package gazette.content.rawcopy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The written file reads back: its front matter is YAML with only contract keys, and its body,
 * rendered by CommonMark, shows the exact words of the copy, markup characters included.
 */
class RoundTripTest {
    private static final Set<String> CONTRACT_KEYS = Set.of("title", "date", "updated", "slug", "summary", "source",
            "source_url", "author", "dateline", "topics", "tags", "people", "places", "type", "events", "draft");
    private static final List<String> FIXTURES = List.of("seeds/000_be17fb8f742894ba.txt",
            "seeds/003_ed86e922d107c84f.txt", "wire-reuters.txt", "live-times.txt", "captions.txt", "byline.txt",
            "windows-bom.txt", "no-blank-lines.txt", "furniture.txt", "crossheads.txt");

    @Test
    void everyFixtureWritesFrontMatterWithOnlyContractKeys() {
        for (String fixture : FIXTURES) {
            ImportedCopy copy = Copies.read(fixture);
            Map<String, Object> yaml = Copies.write(copy).frontMatter();
            assertTrue(CONTRACT_KEYS.containsAll(yaml.keySet()), fixture + ": " + yaml.keySet());
            assertEquals(copy.title().orElseThrow(), yaml.get("title"), fixture);
            assertFalse(yaml.containsKey("date"), fixture + ": a date the copy does not give is never invented");
            // The one source the copy may give is the agency of its dateline (ASTANA, July 2 (Reuters) -).
            assertEquals(copy.dateline().filter(d -> d.endsWith("(Reuters)")).map(d -> "Reuters").orElse(null),
                    yaml.get("source"), fixture);
            assertFalse(yaml.containsKey("topics"), fixture);
        }
    }

    @Test
    void theEditorIsToldWhatIsMissing() {
        String file = MarkdownArticleWriter.write(Copies.read("byline.txt"), FrontMatterFields.none());
        assertTrue(file.contains("\n# date: YYYY-MM-DD   # TODO editor: the copy gives no date"), file);
        assertTrue(file.contains("\n# source: \"\"   # TODO editor:"));
        assertTrue(file.contains("\n# source_url: \"\"   # TODO editor:"));
        assertTrue(file.contains("\n# topics: []   # TODO editor:"));
    }

    @Test
    void valuesFromTheCommandLineFillTheFrontMatter() {
        FrontMatterFields fields = new FrontMatterFields(Optional.of("2013-07-01"), Optional.of("ITV News"),
                Optional.of("https://www.itv.com/news/update/2013-07-01/cameron?a=1&b=\"2\""), List.of("trade", "security"));
        String file = MarkdownArticleWriter.write(Copies.read("seeds/000_be17fb8f742894ba.txt"), fields);
        Map<String, Object> yaml = Copies.split(file).frontMatter();
        assertEquals("2013-07-01", String.valueOf(yaml.get("date")));
        assertTrue(file.contains("\ndate: 2013-07-01\n"), "a plain date, as the editor would write it");
        assertEquals("ITV News", yaml.get("source"));
        assertEquals("https://www.itv.com/news/update/2013-07-01/cameron?a=1&b=\"2\"", yaml.get("source_url"));
        assertEquals(List.of("trade", "security"), yaml.get("topics"));
        assertFalse(file.contains("TODO editor"));
    }

    @Test
    void titlesWithQuotesColonsHashesAndBackslashesStayStrings() {
        for (String title : List.of("Almaty \"tech hub\" plan: #1 priority or #2?", "- a dash: first", "C:\\path # not",
                "'single' quotes", "yes", "2013-07-01", "[not a list]", "tab\there")) {
            ImportedCopy copy = new ImportedCopy(Optional.of(title), Optional.of("Summary: \"quoted\" # hash"), Optional.empty(),
                    Optional.empty(), false, "Body.\n", new ImportReport(List.of(), List.of(), 0, 0, List.of()));
            Map<String, Object> yaml = Copies.write(copy).frontMatter();
            assertEquals(title, yaml.get("title"));
            assertEquals("Summary: \"quoted\" # hash", yaml.get("summary"));
        }
    }

    @Test
    void theRenderedPageShowsTheCopyWordForWord() {
        String text = Copies.write(Copies.read("byline.txt")).text();
        for (String exact : List.of(
                "a £700m scheme",
                "tax breaks of up to 50% for * qualifying * firms.",
                "# of firms signed up so far: 12, according to a slide headed <b>Confidential</b>.",
                "- The first phase covers 40 hectares.",
                "+ A second phase depends on rail links.",
                "1. Funding comes from the city budget.",
                "engineer Saule_Nurlanova, wrote in a memo marked [draft] that costs \"could double\" & the timetable"
                        + " was \"ambitious\".",
                "A footnote[^1] and a path C:\\parks\\alatau were included, plus the entity &amp; shown as typed and a"
                        + " brace {.lead}.",
                "\"It is a brochure, not a plan.\"")) {
            assertTrue(text.contains(exact), () -> "missing: " + exact + "\nin: " + text);
        }
        var html = Copies.write(Copies.read("byline.txt")).html();
        assertTrue(html.select("b, ul, ol, h1, strong, em, a, sup").isEmpty(), html.body().html());
    }

    @Test
    void theWireStoryKeepsItsHashAndDollarSigns() {
        String text = Copies.write(Copies.read("wire-reuters.txt")).text();
        assertTrue(text.contains("\"This is our #1 priority,\""));
        assertTrue(text.contains("($183 million)"));
    }
}
