package gazette.content.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain text renders as flexmark's own renderer renders it, quickly or not. */
class PlainTextRunsTest {
    private static final List<String> CASES = List.of(
            "Plain words, nothing else.\n",
            "x < y > z and \"quoted\" words\n",
            "An escaped \\* star and a \\\\ backslash\n",
            "Entities: &amp; &copy; &#169; &#xA9; &nosuch; and a bare & sign\n",
            "Carriage\r\nreturns\rhere\r\n",
            "*emphasis with <angle> text* and **\"strong\"** and `code < here`\n",
            "[a link with \"quotes\"](https://example.org/?a=1&b=2 \"title <t>\") after\n",
            "> quoted \"text\" over\n> two lines < three\n>\n> - and a list\n>   item > here\n",
            "- item one \"x\"\n- item\n  two < lines\n\n1. numbered & entity &amp;\n",
            "| a < b | \"c\" |\n|---|---|\n| d > e | f & g |\n",
            "Text with a footnote[^1].\n\n[^1]: The note <here> and \"there\".\n",
            "Hard  \nbreak and soft\nbreak\n",
            "Кириллица «в кавычках» < и > 北京 😀\n",
            "Trailing backslash \\\n");

    private static String html(String markdown, boolean ours) {
        return FlexmarkAlone.html(markdown, ours ? PlainTextRuns.create() : null);
    }

    @Test
    void rendersLikeFlexmark() {
        for (String markdown : CASES) {
            assertEquals(html(markdown, false), html(markdown, true), markdown);
        }
        assertEquals("<p>x &lt; y &gt; z and &quot;quoted&quot; words</p>\n", html(CASES.get(1), true));
    }

    @Test
    void rendersRandomDocumentsLikeFlexmark() {
        String[] pieces = {"word", " ", "  ", "<", ">", "\"", "&", "&amp;", "&copy;", "\\", "\\*", "*", "_", "`", "[", "](/x)",
            "> ", "- ", "1. ", "\r", "\t", "|", "---", "# ", "[^n]", "[^n]: ", "«», ", "é", "😀", "    "};
        Random random = new Random(20261203);
        for (int doc = 0; doc < 600; doc++) {
            String markdown = FlexmarkAlone.randomDocument(random, pieces, 12, 8, 6);
            assertEquals(html(markdown, false), html(markdown, true), markdown);
        }
    }

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

    @Test
    void escapesAnglesAndQuotesAndReturnsPlainTextAsItIs() {
        assertEquals("&lt;b&gt; &quot;x&quot; &lt;", PlainTextRuns.escape("<b> \"x\" <"));
        String plain = "nothing to escape";
        assertSame(plain, PlainTextRuns.escape(plain));
    }
}
