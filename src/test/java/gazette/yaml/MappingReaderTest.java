package gazette.yaml;

import gazette.diag.Problem;
import gazette.diag.Problems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed access to front matter: wrong shapes are reported where the value is, and reading goes on. */
class MappingReaderTest {
    private final Problems problems = new Problems(100);

    /** Front matter as it would be in a file: the YAML starts on line 2. */
    private MappingReader reader(String yaml) {
        YNode.Mapping m = (YNode.Mapping) YamlReader.read("seeds/a.md", yaml, 2).orElseThrow();
        return new MappingReader("seeds/a.md", m, problems);
    }

    private List<String> reported() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    @Test
    void unknownKeysAreReportedAtTheKeyWithTheKnownOnesListed() {
        reader("title: A\ntitel: B\ndatum: 2013-07-01\n").rejectUnknownKeys(Set.of("title", "date", "slug"));
        assertEquals(List.of(
                "seeds/a.md:3:1: unknown key 'titel' (did you mean 'title'? known keys: date, slug, title)",
                "seeds/a.md:4:1: unknown key 'datum' (known keys: date, slug, title)"), reported());
    }

    @Test
    void aRequiredValueThatShowsNothingIsReportedAsEmpty() {
        for (String invisible : List.of("\"  \"", "\"\\u200B\\u200B\"", "\"\\u00A0\"", "\"\\u200F \\u2060\"", "\"\\t\"")) {
            Problems found = new Problems(10);
            YNode.Mapping m = (YNode.Mapping) YamlReader.read("seeds/a.md", "title: " + invisible + "\n", 2).orElseThrow();
            assertTrue(new MappingReader("seeds/a.md", m, found).requiredString("title").isEmpty(), invisible);
            assertEquals("seeds/a.md:2:8: 'title' must not be empty", found.all().get(0).toString(), invisible + ": at the value, as other values' problems are");
        }
        assertEquals(Optional.of("\u200BA"), reader("title: \"\\u200BA\"\n").requiredString("title"));
        assertEquals(Optional.of("مرحبا"), reader("title: مرحبا\n").requiredString("title"));
        assertEquals(List.of(), reported());
    }

    @Test
    void knownKeysAreNotReported() {
        reader("title: A\ndate: 2013-07-01\n").rejectUnknownKeys(Set.of("title", "date"));
        assertEquals(List.of(), reported());
    }

    @Test
    void aListWhereTextIsExpectedIsReportedAtTheValue() {
        Optional<String> title = reader("date: x\ntitle: [a, b]\n").string("title");
        assertTrue(title.isEmpty());
        assertEquals(List.of("seeds/a.md:3:8: 'title' must be text, not a list"), reported());
    }

    @Test
    void aMappingWhereTextIsExpectedIsReportedAtTheValue() {
        reader("title:\n  main: A\n").string("title");
        assertEquals(List.of("seeds/a.md:3:3: 'title' must be text, not a mapping"), reported());
    }

    @Test
    void textIsReturnedAsWritten() {
        assertEquals(Optional.of("2013-07-01"), reader("date: 2013-07-01\n").string("date"));
        assertEquals(List.of(), reported());
    }

    @Test
    void nullValueCountsAsAbsent() {
        MappingReader in = reader("summary: ~\nsource:\n");
        assertTrue(in.string("summary").isEmpty());
        assertFalse(in.has("summary"));
        assertFalse(in.has("source"));
        assertTrue(in.node("source").isEmpty());
        assertEquals(List.of(), reported());
    }

    @Test
    void aScalarIsAcceptedAsAOneItemList() {
        List<YNode.Scalar> tags = reader("tags: oil\n").scalarList("tags");
        assertEquals(List.of("oil"), tags.stream().map(YNode.Scalar::value).toList());
        assertEquals(List.of(), reported());
    }

    @Test
    void listItemsComeBackWithTheirPositions() {
        List<YNode.Scalar> tags = reader("title: A\ntags:\n  - oil\n  - gas\n").scalarList("tags");
        assertEquals(List.of("oil", "gas"), tags.stream().map(YNode.Scalar::value).toList());
        assertEquals(List.of(4, 5), tags.stream().map(YNode::line).toList());
    }

    @Test
    void aNestedListItemIsReportedAtTheItem() {
        List<YNode.Scalar> tags = reader("tags: [oil, [gas]]\n").scalarList("tags");
        assertEquals(List.of("oil"), tags.stream().map(YNode.Scalar::value).toList());
        assertEquals(1, problems.all().size());
        Problem p = problems.all().get(0);
        assertEquals(2, p.line());
        assertEquals(13, p.column());
        assertEquals("each item of 'tags' must be non-empty text, not a list", p.message());
    }

    @Test
    void anEmptyListItemIsReported() {
        List<YNode.Scalar> tags = reader("tags:\n  - oil\n  -\n").scalarList("tags");
        assertEquals(1, tags.size());
        assertEquals(1, problems.all().size());
        assertEquals(4, problems.all().get(0).line());
        assertEquals("each item of 'tags' must be non-empty text, not an empty one", problems.all().get(0).message());
    }

    @Test
    void aBlankQuotedListItemIsReportedAsEmpty() {
        reader("tags: [oil, \"  \", \"\"]\n").scalarList("tags");
        assertEquals(List.of("seeds/a.md:2:13: each item of 'tags' must be non-empty text, not an empty one",
                "seeds/a.md:2:19: each item of 'tags' must be non-empty text, not an empty one"), reported());
    }

    @Test
    void aMappingWhereAListIsExpectedIsReported() {
        reader("tags:\n  oil: gas\n").scalarList("tags");
        assertEquals(List.of("seeds/a.md:3:3: 'tags' must be a list, not a mapping"), reported());
    }

    @Test
    void trueAndFalseAreBooleans() {
        MappingReader in = reader("draft: true\nlive: false\n");
        assertEquals(Optional.of(true), in.bool("draft"));
        assertEquals(Optional.of(false), in.bool("live"));
        assertEquals(List.of(), reported());
    }

    @Test
    void yesOrQuotedTrueIsNotABoolean() {
        MappingReader in = reader("draft: yes\nlive: 'true'\n");
        assertTrue(in.bool("draft").isEmpty());
        assertTrue(in.bool("live").isEmpty());
        assertEquals(List.of(
                "seeds/a.md:2:8: 'draft' must be true or false",
                "seeds/a.md:3:7: 'live' must be true or false"), reported());
    }

    @Test
    void wholeNumbersOutsideTheRangeAreReported() {
        MappingReader in = reader("a: 5\nb: 0\nc: ten\n");
        assertEquals(Optional.of(5), in.integer("a", 1, 10));
        assertTrue(in.integer("b", 1, 10).isEmpty());
        assertTrue(in.integer("c", 1, 10).isEmpty());
        assertEquals(List.of(
                "seeds/a.md:3:4: 'b' must be a whole number from 1 to 10",
                "seeds/a.md:4:4: 'c' must be a whole number from 1 to 10"), reported());
    }

    @Test
    void aMissingRequiredKeyIsReportedAtTheStartOfTheMapping() {
        assertTrue(reader("date: 2013-07-01\n").requiredString("title").isEmpty());
        assertEquals(List.of("seeds/a.md:2:1: missing required key 'title'"), reported());
    }

    @Test
    void anEmptyRequiredValueIsReportedAtItsKeyOrAtAValueThatShowsNothing() {
        MappingReader in = reader("date: x\ntitle:\nslug: '  '\n");
        assertTrue(in.requiredString("title").isEmpty());
        assertTrue(in.requiredString("slug").isEmpty());
        assertEquals(List.of(
                "seeds/a.md:3:1: 'title' must not be empty",
                "seeds/a.md:4:7: 'slug' must not be empty"), reported());
    }

    @Test
    void aListOfMappingsGivesOneReaderPerItem() {
        List<MappingReader> events = reader("events:\n  - {date: 2013-07-01, title: A}\n  - {date: 2013-07-02, title: B}\n")
                .mappingList("events");
        assertEquals(List.of("A", "B"), events.stream().map(e -> e.string("title").orElseThrow()).toList());
    }

    @Test
    void aListItemThatIsNotAMappingIsReportedAtTheItem() {
        List<MappingReader> events = reader("events:\n  - {date: 2013-07-01, title: A}\n  - 2013-07-02\n")
                .mappingList("events");
        assertEquals(1, events.size());
        assertEquals(List.of("seeds/a.md:4:5: each item of 'events' must be a mapping, not a text"), reported());
    }

    @Test
    void textWhereAListOfMappingsIsExpectedIsReported() {
        reader("events: soon\n").mappingList("events");
        assertEquals(List.of("seeds/a.md:2:9: 'events' must be a list, not a text"), reported());
    }

    @Test
    void aListWhereAMappingIsExpectedIsReported() {
        assertTrue(reader("import: [a]\n").mapping("import").isEmpty());
        assertEquals(List.of("seeds/a.md:2:9: 'import' must be a mapping, not a list"), reported());
    }

    @Test
    void everyMistakeInOneMappingIsFoundInOnePass() {
        MappingReader in = reader("title: [A]\ndraft: maybe\ntags: {a: b}\nextra: 1\n");
        in.rejectUnknownKeys(Set.of("title", "draft", "tags"));
        in.string("title");
        in.bool("draft");
        in.scalarList("tags");
        assertEquals(4, problems.all().size(), reported().toString());
        assertEquals(List.of(2, 3, 4, 5), problems.all().stream().map(Problem::line).toList());
    }

    @Test
    void atGivesTheValuePositionOrTheMappingWhenAbsent() {
        MappingReader in = reader("title: A\nslug: x\n");
        assertEquals(3, in.at("slug").line());
        assertEquals(7, in.at("slug").column());
        assertEquals(2, in.at("missing").line());
        assertEquals(1, in.at("missing").column());
    }
}
