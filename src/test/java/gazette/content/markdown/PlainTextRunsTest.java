package gazette.content.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs of plain text are read in one go when there is nothing to resolve in them ({@code BodyHtmlTest} compares the HTML). */
class PlainTextRunsTest {
    @Test
    void copiesAContiguousRunInOneGoAndAnyOtherCharacterByCharacter() {
        BasedSequence source = BasedSequence.of("before middle after");
        assertEquals("middle", PlainTextRuns.text(source.subSequence(7, 13)));
        BasedSequence joined = BasedSequence.of("one\n> two").subSequence(0, 3).append(BasedSequence.of("one\n> two").subSequence(6, 9));
        assertEquals("onetwo", PlainTextRuns.text(joined));
    }

    @Test
    void leavesOnlyTextWithNothingToResolveToTheQuickPath() {
        assertTrue(PlainTextRuns.needsNoResolving("plain < text > \"quoted\""));
        assertFalse(PlainTextRuns.needsNoResolving("an \\* escape"));
        assertFalse(PlainTextRuns.needsNoResolving("an &amp; entity"));
        assertFalse(PlainTextRuns.needsNoResolving("a\rreturn"));
    }
}
