package gazette.content.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The heading and fenced-code parsers asked about fewer lines give exactly the HTML flexmark's own give. */
class BlockParserFiltersTest {
    private static final List<String> CASES = List.of(
            "# One\n## Two\n###### Six\n####### Seven\n#NoSpace\n# Closed #\n#\n",
            "   ## Indented three\n    # Indented four is code\n",
            "Title\n=====\n\nSubtitle\n--------\n\nTwo lines\nof title\n===\n",
            "Para\n\n---\n\n***\n\n- - -\n",
            "Trailing spaces\n---   \n\nNot = a heading\n= =\n\nNot either\n-- x\n",
            "- item\n---\n\n1. first\n2. second\n===\n",
            "> Quote\n---\n\n> Lazy\ncontinued\n===\n",
            "```\n# not a heading\n---\n```\n\n~~~\n===\n~~~\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n---\n\nText\n| not | table |\n===\n",
            "Claim[^1].\n\n[^1]: Note\n    ---\n",
            "\\# escaped\n\n\\=\n===\n\n<div>\n# in html\n</div>\n",
            "2013 was a year\n2014 another\n---\n\n- a\n  - b\n    # nested heading\n  ---\n",
            "Copy\n-- a dash line\n== an equals line\n---x\n===\t \nafter\n--- \t\n",
            "```java\ncode\n```\n\n~~~ info ~\nnot a fence\n~~~\n\n```` x ` y\n\n~~~~\n````\n~~~~\n",
            "``` `inline` ```\n\n```\u2028`\n```\n\n  ```\n  indented fence\n  ```\n\n    ```\n    code\n",
            "> ```\n> quoted\n\n- ```\n  in a list\n  ```\n# Heading\n```\n# not\n```\n");

    private static String html(String markdown, boolean ours) {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true);
        Parser.Builder parser = ours ? CoreBlockParserFilter.install(Parser.builder(options)) : Parser.builder(options);
        return HtmlRenderer.builder(options).build().render(parser.build().parse(markdown));
    }

    @Test
    void headingsFencesAndTheirLookAlikesRenderAsFlexmarkRendersThem() {
        for (String markdown : CASES) {
            assertEquals(html(markdown, false), html(markdown, true), markdown);
        }
        assertTrue(html(CASES.get(2), true).contains("<h1 id=\"title\">Title</h1>"), "setext headings still work");
        assertTrue(html(CASES.get(13), true).contains("<pre><code class=\"language-java\">code"), "fences still work");
    }

    @Test
    void randomLinesOfHeadingAndFenceMarkersRenderAsFlexmarkRendersThem() {
        String[] pieces = {"# ", "## ", "#", "===", "---", "- ", "1. ", "> ", "    ", "   ", "| x |", "|---|", "```", "text", "2013",
                "*", "***", " = ", "\\#", "", "\t", "-- ", "=",
                "```", "~~~", "````", "`", "~", "\u2028"};
        Random random = new Random(20261202);
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder markdown = new StringBuilder();
            for (int line = random.nextInt(12); line >= 0; line--) {
                for (int part = 1 + random.nextInt(3); part > 0; part--) {
                    markdown.append(pieces[random.nextInt(pieces.length)]);
                }
                markdown.append('\n');
            }
            assertEquals(html(markdown.toString(), false), html(markdown.toString(), true), markdown.toString());
        }
    }
}
