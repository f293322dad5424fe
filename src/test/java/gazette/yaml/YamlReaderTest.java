package gazette.yaml;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** YAML with positions: every node knows its line and column counted from the top of the file. */
class YamlReaderTest {

    private static YNode.Mapping mapping(String yaml, int firstLine) {
        return assertInstanceOf(YNode.Mapping.class, YamlReader.read("seeds/a.md", yaml, firstLine).orElseThrow());
    }

    private static Problem failure(String yaml, int firstLine) {
        BuildFailure failure = assertThrows(BuildFailure.class, () -> YamlReader.read("seeds/a.md", yaml, firstLine));
        assertEquals(1, failure.problems().size(), failure.getMessage());
        return failure.problems().get(0);
    }

    @Test
    void longValuesOfEmojiAreReadWhereverTheyFallInTheReadersWindow() {
        for (int pad = 0; pad < 4; pad++) {
            String title = "x".repeat(pad) + "\uD83D\uDE00".repeat(1500) + " and \uD83C\uDDF0\uD83C\uDDFF";
            YNode.Scalar read = assertInstanceOf(YNode.Scalar.class, mapping("title: " + title + "\n", 2).get("title").orElseThrow());
            assertEquals(title, read.value(), "padding " + pad);
        }
    }

    @Test
    void nestingThousandsDeepIsAProblemNotACrash() {
        Problem p = failure("title: Deep\ntags: " + "[".repeat(20000) + "]".repeat(20000) + "\n", 2);
        assertEquals("seeds/a.md:2:1: YAML nested too deeply to read", p.toString().replaceAll(" \\(.*", ""));
    }

    @Test
    void positionsCountFromTheLineTheTextStartsOn() {
        YNode.Mapping m = mapping("title: Hello\ndate: 2013-07-01\n", 2);
        YNode.Entry date = m.entry("date").orElseThrow();
        assertEquals(3, date.keyLine());
        assertEquals(1, date.keyColumn());
        assertEquals(3, date.value().line());
        assertEquals(7, date.value().column());
        assertEquals(2, m.entry("title").orElseThrow().keyLine());
    }

    @Test
    void textStartingOnTheFirstLineKeepsItsOwnLineNumbers() {
        YNode.Mapping m = mapping("title: Hello\ndate: 2013-07-01\n", 1);
        assertEquals(2, m.entry("date").orElseThrow().keyLine());
    }

    @Test
    void listItemsKnowTheirOwnLineAndColumn() {
        YNode.Mapping m = mapping("title: A\ntopics:\n  - trade\n  - security\n", 2);
        YNode.Seq topics = assertInstanceOf(YNode.Seq.class, m.get("topics").orElseThrow());
        assertEquals(List.of(5, 5), topics.items().stream().map(YNode::column).toList());
        assertEquals(List.of(4, 5), topics.items().stream().map(YNode::line).toList());
    }

    @Test
    void flowListItemsKnowTheirColumn() {
        YNode.Mapping m = mapping("topics: [trade, security]\n", 2);
        YNode.Seq topics = assertInstanceOf(YNode.Seq.class, m.get("topics").orElseThrow());
        YNode security = topics.items().get(1);
        assertEquals(2, security.line());
        assertEquals(17, security.column());
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondWithTheLineOfTheFirst() {
        Problem p = failure("title: A\ndate: 2013-07-01\ntitle: B\n", 2);
        assertEquals("seeds/a.md:4:1: duplicate key 'title' (first given on line 2)", p.toString());
    }

    @Test
    void duplicateKeyInsideANestedMappingIsReportedToo() {
        Problem p = failure("events:\n  - {date: 2013-07-01, date: 2013-07-02}\n", 2);
        assertEquals(3, p.line());
        assertEquals(24, p.column());
        assertEquals("duplicate key 'date'", p.message());
    }

    @Test
    void unquotedColonInAValueGivesLineAndColumnOfTheProblemAndAHint() {
        Problem p = failure("date: 2013-07-01\ntitle: Cameron: in Astana\n", 2);
        assertEquals(3, p.line());
        assertEquals(15, p.column());
        assertTrue(p.message().startsWith("malformed YAML: mapping values are not allowed"), p.message());
        assertEquals("a value containing ': ' must be quoted", p.hint());
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheQuoteNotAtTheEndOfTheFrontMatter() {
        Problem p = failure("title: \"Cameron\ndate: 2013-07-01\n", 2);
        assertEquals("seeds/a.md:2:8: malformed YAML: quoted value never closed: its closing quote is missing", p.toString());
        assertEquals("seeds/a.md:2:8: malformed YAML: quoted value never closed: its closing quote is missing",
                failure("title: 'Cameron\n", 2).toString());
    }

    @Test
    void anUnclosedBracketWithKeysBelowIsReportedAtTheBracket() {
        assertEquals("seeds/a.md:3:7: malformed YAML: list in [ ] never closed: its ] is missing",
                failure("title: x\ntags: [a, b\nsummary: text here\n", 2).toString());
        Problem extra = failure("title: x\ntags: [a, b]]\n", 2);
        assertEquals("a ] that closes no [: remove it", extra.hint(), extra.toString());
    }

    @Test
    void anUnclosedBracketIsReportedAtTheBracket() {
        assertEquals("seeds/a.md:3:8: malformed YAML: mapping in { } never closed: its } is missing",
                failure("title: x\nwhere: {city: Astana\n", 2).toString());
    }

    @Test
    void tabIndentationIsReportedOnItsLine() {
        Problem p = failure("topics:\n\t- trade\n", 2);
        assertEquals(3, p.line());
        assertEquals(1, p.column());
        assertEquals("seeds/a.md:3:1: malformed YAML: a tab where YAML wants spaces (indent YAML with spaces, not tabs)", p.toString(),
                "one sentence, not SnakeYAML's '\\t(TAB)' twice");
    }


    @Test
    void tabIndentationGetsAHintAboutSpaces() {
        Problem p = failure("topics:\n\t- trade\n", 2);
        assertEquals("indent YAML with spaces, not tabs", p.hint());
    }

    @Test
    void isoDateStaysText() {
        YNode.Scalar date = assertInstanceOf(YNode.Scalar.class, mapping("date: 2013-07-01\n", 2).get("date").orElseThrow());
        assertEquals("2013-07-01", date.value());
        assertFalse(date.quoted());
    }

    @Test
    void numbersBooleansAndMonthsStayTextAsWritten() {
        YNode.Mapping m = mapping("count: 010\ndraft: true\nmonth: 1994-03\nratio: 1.50\n", 2);
        assertEquals("010", ((YNode.Scalar) m.get("count").orElseThrow()).value());
        assertEquals("true", ((YNode.Scalar) m.get("draft").orElseThrow()).value());
        assertEquals("1994-03", ((YNode.Scalar) m.get("month").orElseThrow()).value());
        assertEquals("1.50", ((YNode.Scalar) m.get("ratio").orElseThrow()).value());
    }

    @Test
    void quotedScalarsAreMarkedQuoted() {
        YNode.Mapping m = mapping("a: \"2013-07-01\"\nb: 'true'\nc: plain\n", 2);
        assertTrue(((YNode.Scalar) m.get("a").orElseThrow()).quoted());
        assertTrue(((YNode.Scalar) m.get("b").orElseThrow()).quoted());
        assertFalse(((YNode.Scalar) m.get("c").orElseThrow()).quoted());
    }

    @Test
    void emptyTildeAndNullValuesAreNullButQuotedEmptyIsNot() {
        YNode.Mapping m = mapping("a:\nb: ~\nc: null\nd: ''\ne: \"null\"\n", 2);
        assertTrue(((YNode.Scalar) m.get("a").orElseThrow()).isNull());
        assertTrue(((YNode.Scalar) m.get("b").orElseThrow()).isNull());
        assertTrue(((YNode.Scalar) m.get("c").orElseThrow()).isNull());
        assertFalse(((YNode.Scalar) m.get("d").orElseThrow()).isNull());
        assertFalse(((YNode.Scalar) m.get("e").orElseThrow()).isNull());
    }

    @Test
    void keysKeepTheOrderOfTheFile() {
        YNode.Mapping m = mapping("title: A\ndate: 2013-07-01\nslug: a\nsummary: S\n", 2);
        assertEquals(List.of("title", "date", "slug", "summary"), List.copyOf(m.entries().keySet()));
    }

    @Test
    void emptyOrCommentOnlyTextHasNoRoot() {
        assertTrue(YamlReader.read("seeds/a.md", "", 2).isEmpty());
        assertTrue(YamlReader.read("seeds/a.md", "# nothing here\n", 2).isEmpty());
    }

    @Test
    void aListAsAKeyIsRefused() {
        Problem p = failure("title: A\n[a, b]: c\n", 2);
        assertEquals(3, p.line());
        assertEquals("a key must be plain text, not a list", p.message());
    }

    @Test
    void manyAliasesAreRefusedRatherThanExpanded() {
        StringBuilder yaml = new StringBuilder("a: &a [x, y]\nb: [");
        for (int i = 0; i < 30; i++) {
            yaml.append(i == 0 ? "" : ", ").append("*a");
        }
        yaml.append("]\n");
        Problem p = failure(yaml.toString(), 2);
        // The engine's own words ("Number of aliases for non-scalar nodes exceeds the specified max=20") said neither why nor what to do.
        assertTrue(p.message().startsWith("YAML uses aliases (*name) of lists or mappings more than 20 times, the most Gazette follows"),
                p.message());
        assertEquals("write the values out instead of aliasing them", p.hint());
        assertEquals("seeds/a.md", p.file());
    }

    @Test
    void multiLineBlockTextKeepsItsLines() {
        YNode.Mapping m = mapping("summary: |\n  First line.\n  Second line.\n", 2);
        assertEquals("First line.\nSecond line.\n", ((YNode.Scalar) m.get("summary").orElseThrow()).value());
    }

    @Test
    void aSecondDocumentIsNamedAsOneWithTheSidecarsRuleAsAHint() {
        // A raw copy's NAME.yml written between --- lines, as an article's front matter is: "but found another document".
        Problem p = failure("---\ndate: 2013-07-01\n---\n", 1);
        assertEquals("seeds/a.md:3:1: malformed YAML: a second document begins here (a --- line starts another YAML document here;"
                + " a NAME.yml beside raw copy holds its keys alone, with no --- lines)", p.toString());
    }
}
