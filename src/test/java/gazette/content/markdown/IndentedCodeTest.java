package gazette.content.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), FootnoteExtension.create()));
        if (ours) {
            extensions.add(IndentedCode.create());
        }
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, extensions).set(HtmlRenderer.ESCAPE_HTML, true);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
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
            StringBuilder markdown = new StringBuilder();
            for (int line = random.nextInt(14); line >= 0; line--) {
                for (int part = random.nextInt(5); part > 0; part--) {
                    markdown.append(pieces[random.nextInt(pieces.length)]);
                }
                markdown.append('\n');
            }
            assertEquals(html(markdown.toString(), false), html(markdown.toString(), true), markdown.toString());
        }
    }
}
