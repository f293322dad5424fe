package gazette.diag;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a report of many problems lists and counts. */
class ProblemsTest {
    @Test
    void anErrorAfterMoreWarningsThanTheCapStillFailsAndIsListed() {
        Problems problems = new Problems(3);
        for (int i = 1; i <= 5; i++) {
            problems.warning("seeds/a" + i + ".md", 1, 1, "odd text");
        }
        problems.error("seeds/z.md", 3, 7, "invalid date");

        assertTrue(problems.hasErrors());
        BuildFailure failure = problems.failure();
        // The error is listed whatever came before it, with the first warnings in reading order.
        assertEquals(List.of("seeds/a1.md:1:1: warning: odd text", "seeds/a2.md:1:1: warning: odd text",
                "seeds/z.md:3:7: invalid date"), failure.problems().stream().map(Problem::toString).toList());
        assertEquals(3, failure.notShown());
        assertEquals(1, failure.errors());
    }

    @Test
    void whatIsListedDoesNotDependOnTheOrderProblemsCameIn() {
        Problems forwards = new Problems(2);
        Problems backwards = new Problems(2);
        for (int i = 1; i <= 4; i++) {
            forwards.error("seeds/a" + i + ".md", 1, 1, "bad");
            backwards.error("seeds/a" + (5 - i) + ".md", 1, 1, "bad");
        }
        assertEquals(forwards.shown(), backwards.shown());
        assertEquals("seeds/a1.md", forwards.shown().get(0).file());
        assertEquals(4, backwards.errorCount());
    }

    @Test
    void theSameProblemPastTheCapIsCountedOnce() {
        Problems problems = new Problems(1);
        problems.error("seeds/a.md", 1, 1, "bad");
        for (int i = 0; i < 3; i++) {
            problems.error("seeds/b.md", 2, 1, "bad");
        }
        assertEquals(2, problems.errorCount());
        assertEquals(1, problems.notShown());
    }

    @Test
    void warningLinesSayHowManyMoreThereAre() {
        List<Problem> warnings = List.of(Problem.warning("a.md", 1, 1, "x"), Problem.warning("b.md", 1, 1, "x"),
                Problem.warning("c.md", 1, 1, "x"));
        assertEquals(List.of("a.md:1:1: warning: x", "... and 2 more warnings"), Problems.warningLines(warnings, 1));
        assertEquals(3, Problems.warningLines(warnings, 3).size());
    }
}
