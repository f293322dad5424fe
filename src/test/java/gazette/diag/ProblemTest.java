package gazette.diag;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** How a problem prints: the user's text quoted in it can not drive the terminal. */
class ProblemTest {
    @Test
    void controlCharactersAndDirectionOverridesInQuotedTextAreWrittenOut() {
        Problem problem = Problem.error("seeds/a.md", 4, 7, "slug '\u001B]0;pwned\u0007x' is odd", "not \u202Eevil\u202C");
        assertEquals("seeds/a.md:4:7: slug '\\u001B]0;pwned\\u0007x' is odd (not \\u202Eevil\\u202C)", problem.toString());
        // A zero-width space in a name is shown, as the direction overrides are; Persian's joiners are letters' business.
        assertEquals("static/a\\u200Bb.txt:1:1: odd name \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645",
                Problem.error("static/a\u200Bb.txt", 1, 1, "odd name \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645").toString());
    }

    @Test
    void ordinaryTextIsPrintedAsItIs() {
        String text = "tag 'Алматы\tмарт' — «ok» 北京";
        assertSame(text, Problem.printable(text));
        assertEquals("seeds/a.md:1:1: warning: " + text, Problem.warning("seeds/a.md", 1, 1, text).toString());
    }

    @Test
    void theVerySameProblemTwiceIsKeptOnce() {
        // A YAML alias used nine times repeated its anchor's problem nine times, line for line.
        Problems problems = new Problems(10);
        for (int i = 0; i < 9; i++) {
            problems.error("seeds/a.md", 4, 7, "each item of 'people' must be text");
        }
        problems.error("seeds/a.md", 5, 7, "each item of 'people' must be text");
        org.junit.jupiter.api.Assertions.assertEquals(2, problems.all().size());
        org.junit.jupiter.api.Assertions.assertEquals(2, problems.errorCount());
    }
}
