package gazette.source;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Splitting `---` front matter from the body, and where the body starts. */
class FrontMatterSplitTest {

    private static Problem failure(String text) {
        BuildFailure f = assertThrows(BuildFailure.class, () -> FrontMatterSplit.of("seeds/a.md", text));
        assertEquals(1, f.problems().size());
        return f.problems().get(0);
    }

    @Test
    void yamlBetweenTheDashLinesAndTheBodyAfter() {
        FrontMatterSplit split = FrontMatterSplit.of("seeds/a.md", "---\ntitle: A\ndate: 2013-07-01\n---\nBody.\n");
        assertEquals("title: A\ndate: 2013-07-01\n", split.yaml());
        assertEquals("Body.\n", split.body());
        assertEquals(5, split.bodyLine());
    }

    @Test
    void threeDotsAlsoCloseTheFrontMatter() {
        FrontMatterSplit split = FrontMatterSplit.of("seeds/a.md", "---\ntitle: A\n...\nBody.\n");
        assertEquals("title: A\n", split.yaml());
        assertEquals("Body.\n", split.body());
        assertEquals(4, split.bodyLine());
    }

    @Test
    void trailingSpacesOnTheClosingLineAreAllowed() {
        FrontMatterSplit split = FrontMatterSplit.of("seeds/a.md", "---\ntitle: A\n---   \nBody.\n");
        assertEquals("Body.\n", split.body());
    }

    @Test
    void aLongerDashLineDoesNotCloseTheFrontMatter() {
        FrontMatterSplit split = FrontMatterSplit.of("seeds/a.md", "---\ntitle: A\n----\nx: y\n---\nBody.\n");
        assertEquals("title: A\n----\nx: y\n", split.yaml());
        assertEquals(6, split.bodyLine());
    }

    @Test
    void aLaterDashLineInTheBodyStaysInTheBody() {
        FrontMatterSplit split = FrontMatterSplit.of("seeds/a.md", "---\ntitle: A\n---\nOne.\n\n---\n\nTwo.\n");
        assertEquals("One.\n\n---\n\nTwo.\n", split.body());
    }

    @Test
    void emptyFrontMatterGivesEmptyYaml() {
        FrontMatterSplit split = FrontMatterSplit.of("seeds/a.md", "---\n---\nBody.\n");
        assertEquals("", split.yaml());
        assertEquals(3, split.bodyLine());
    }

    @Test
    void aFileEndingAtTheClosingLineHasAnEmptyBody() {
        FrontMatterSplit split = FrontMatterSplit.of("seeds/a.md", "---\ntitle: A\n---");
        assertEquals("", split.body());
        assertEquals("title: A\n", split.yaml());
    }

    @Test
    void aFileWithoutFrontMatterIsReportedAtItsStart() {
        Problem p = failure("# Title\n\nBody.\n");
        assertEquals("seeds/a.md:1:1: missing front matter (start the file with a line '---', the YAML keys, then '---')",
                p.toString());
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() {
        Problem p = failure("");
        assertEquals("missing front matter", p.message());
        assertEquals("the file is empty", p.hint());
    }

    @Test
    void frontMatterWithoutAClosingLineIsReported() {
        Problem p = failure("---\ntitle: A\n\nBody.\n");
        assertEquals("seeds/a.md:1:1: front matter is not closed (end it with a line '---')", p.toString());
    }

    @Test
    void aFileOfOnlyTheOpeningLineIsNotClosed() {
        assertEquals("front matter is not closed", failure("---").message());
    }
}
