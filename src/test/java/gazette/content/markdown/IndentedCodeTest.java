package gazette.content.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Indented code blocks render as flexmark's own renderer renders them. */
class IndentedCodeTest {
    private static final List<String> CASES = List.of(
            "    one line\n",
            "    two\n    lines\n\nAfter.\n",
            "    a blank line\n\n    inside\n",
            "    trailing blank lines\n    \n\n        \n\nText\n",
            "\tindented by a tab\n\t\tand two\n  \tmixed\n",
            "    <b>html</b> & \"quotes\" \\* &amp; &copy;\n",
            "    no final line break",
            "    carriage\r\n    returns\r\n\r\n",
            "- a list\n\n        code in the list\n\n> quote\n>\n>     code in the quote\n",
            "      more than four\n    exactly four\n     five\n",
            "Paragraph\n    not code, a continuation\n\n    code\n",
            "    \n    first line blank\n");

    private static String html(String markdown, boolean ours) {
        return FlexmarkAlone.html(markdown, ours ? IndentedCode.create() : null);
    }

    @Test
    void rendersLikeFlexmark() {
        for (String markdown : CASES) {
            assertEquals(html(markdown, false), html(markdown, true), markdown);
        }
        assertEquals("<pre><code>&lt;b&gt;html&lt;/b&gt; &amp; &quot;quotes&quot; \\* &amp;amp; &amp;copy;\n</code></pre>\n",
                html(CASES.get(5), true));
        assertEquals("<pre><code>no final line break\n</code></pre>\n", html(CASES.get(6), true));
    }

    @Test
    void rendersRandomIndentedLinesLikeFlexmark() {
        String[] pieces = {"    ", "\t", "  ", " ", "code", "x < y", "&amp;", "\\*", "- ", "> ", "1. ", "\r", "```", "# ", "|a|"};
        Random random = new Random(20261202);
        for (int doc = 0; doc < 400; doc++) {
            String markdown = FlexmarkAlone.randomDocument(random, pieces, 14, 5, 0);
            assertEquals(html(markdown, false), html(markdown, true), markdown);
        }
    }
}
