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
    }

    @Test
    void ordinaryTextIsPrintedAsItIs() {
        String text = "tag 'Алматы\tмарт' — «ok» 北京";
        assertSame(text, Problem.printable(text));
        assertEquals("seeds/a.md:1:1: warning: " + text, Problem.warning("seeds/a.md", 1, 1, text).toString());
    }
}
