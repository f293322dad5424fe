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

/** The inline parser that takes match bounds from the matcher gives exactly the HTML flexmark's own gives. */
class LinearInlineParserTest {
    private static final List<String> CASES = List.of(
            "[a]: /url\n[b]: /url \"title\"\n[c]: </my url> 'single'\n[d]:\n  /next-line\n  (paren title)\n\n[a] [b] [c] [d] [e]\n",
            "[Foo bar]: /url\n[ÄÖ]: /umlaut\n\n[foo BAR] [äö] [Foo bar][] [x][foo bar]\n",
            "[not a ref]: /url \"unclosed\n\n[not a ref]\n",
            "Text first\n[a]: /url\n\n[a]\n",
            "[a]: /one\n[a]: /two\n\n[a]\n",
            "<b>bold</b> <a href=\"x\" title='y'>link</a> <!-- note --> <?pi x?> <!DECL> <![CDATA[ x ]]> </close> <bad <a/>\n",
            "<https://example.com/a?b=c> <mail@example.com> <not a link> https://bare.example.com\n",
            "&amp; &copy; &#35; &#x22; &nosuch; &#xZZ; & alone\n",
            "`code` ``co`de`` ```unclosed `` x ` y\n",
            "[link](/url \"title\") [l2](</a b> 'x') ![img](/i.png (paren)) [empty]() [bad](/url \"x)\n",
            "Claim[^1] and [^missing].\n\n[^1]: Note with [a] and <i>html</i>\n\n[a]: /url\n",
            "| [a] | <b>x</b> |\n|---|---|\n| &amp; | `c` |\n\n[a]: /table-ref\n",
            "\\[a\\]: /escaped\n\n\\<b> \\&amp; \\`x\\`\n",
            "*[a]* **<i>x</i>** _[b]_\n\n[a]: /a\n[b]: /b \"t\"\n");

    private static String html(String markdown, boolean ours) {
        // Ours renders its character references as flexmark renders its own entities.
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, ours
                ? List.of(TablesExtension.create(), FootnoteExtension.create(), FlexmarkAlone.characterReferences())
                : List.of(TablesExtension.create(), FootnoteExtension.create()));
        Parser.Builder parser = Parser.builder(options);
        if (ours) {
            LinearInlineParser.install(parser, options);
        }
        return HtmlRenderer.builder(options).build().render(parser.build().parse(markdown));
    }

    /** {@code documents} random documents of {@code pieces} ({@link FlexmarkAlone#randomDocument}) render as flexmark alone renders them. */
    private static void assertRandomDocumentsRenderAsFlexmark(String[] pieces, long seed, int documents, int lines, int parts,
            int blankEvery) {
        Random random = new Random(seed);
        for (int doc = 0; doc < documents; doc++) {
            String markdown = FlexmarkAlone.randomDocument(random, pieces, lines, parts, blankEvery);
            assertEquals(html(markdown, false), html(markdown, true), markdown);
        }
    }

    @Test
    void referencesTagsAutolinksAndEntitiesRenderAsFlexmarkRendersThem() {
        for (String markdown : CASES) {
            assertEquals(html(markdown, false), html(markdown, true), markdown);
        }
        assertTrue(html(CASES.get(0), true).contains("<a href=\"/url\" title=\"title\">b</a>"), "references still resolve");
    }

    @Test
    void randomInlineMarkupRendersAsFlexmarkRendersIt() {
        String[] pieces = {"[a]", "[a]: /u", "[b]: /v \"t\"", "<b>", "</b>", "<!-- c -->", "<x@y.z>", "<http://h/>", "&amp;",
                "&#35;", "`", "``", "[", "]", "(", ")", "![", "*", "_", "\\", "\"", "'", "text", " ", "[^1]", "[^1]: n", "|"};
        Random random = new Random(20261202);
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder markdown = new StringBuilder();
            for (int line = random.nextInt(10); line >= 0; line--) {
                for (int part = 1 + random.nextInt(5); part > 0; part--) {
                    markdown.append(pieces[random.nextInt(pieces.length)]);
                }
                markdown.append(random.nextInt(4) == 0 ? "\n\n" : "\n");
            }
            assertEquals(html(markdown.toString(), false), html(markdown.toString(), true), markdown.toString());
        }
    }

    @Test
    void codeSpansAmongUnclosedRunsOfBackticksRenderAsFlexmarkRendersThem() {
        String[] pieces = {"`", "``", "```", "\\`", "a", " ", "\n", "*", "[x](`", ")"};
        assertRandomDocumentsRenderAsFlexmark(pieces, 20261203, 400, 6, 12, 4);
        StringBuilder growing = new StringBuilder();
        for (int run = 1; run <= 60; run++) {
            growing.append("`".repeat(run)).append(run % 7 == 0 ? "``" : "").append(" x ");
        }
        growing.append("`".repeat(30)).append('\n');
        assertEquals(html(growing.toString(), false), html(growing.toString(), true));
        assertTrue(html(growing.toString(), true).contains("<code>"), "a run closed later in the paragraph still makes a span");
    }

    @Test
    void linkDestinationsWithParenthesesWithinTheLimitRenderAsFlexmarkRendersThem() {
        String[] pieces = {"[a](", "(", ")", "\\(", "\\)", "b", " ", "<", ">", "\n", "[a]", "](", "\"t\""};
        assertRandomDocumentsRenderAsFlexmark(pieces, 32, 400, 4, 14, 4);
        int limit = BoundedLinkDestinations.MAX_PARENTHESES;
        String deepest = "[a](/u" + "(x".repeat(limit) + ")".repeat(limit) + ")\n";
        assertEquals(html(deepest, false), html(deepest, true));
        assertTrue(html(deepest, true).contains("<a href=\"/u(x"), "32 levels of parentheses make a link");
    }

    @Test
    void linkDestinationsNestedPastTheLimitStayText() {
        int limit = BoundedLinkDestinations.MAX_PARENTHESES;
        String tooDeep = "[a](/u" + "(x".repeat(limit + 1) + ")".repeat(limit + 1) + ")\n";
        assertEquals("<p>[a](/u" + "(x".repeat(limit + 1) + ")".repeat(limit + 1) + ")</p>\n", html(tooDeep, true));
        String escaped = "[a](/u" + "\\(x".repeat(limit + 1) + ")\n";
        assertTrue(html(escaped, true).contains("<a href="), "escaped parentheses do not nest");
        String unclosed = "[a](<b".repeat(200) + "\n";
        assertEquals("<p>" + "[a](&lt;b".repeat(200) + "</p>\n", html(unclosed, true));
    }

    @Test
    void emphasisUnderTheMultipleOfThreeRuleRendersAsFlexmarkRendersIt() {
        String[] pieces = {"*", "**", "***", "_", "__", "a", "b", " ", "a**b", "c* ", " *c", "a*", "*a", "_a_", "[x](/u)", "\n"};
        assertRandomDocumentsRenderAsFlexmark(pieces, 3, 2_000, 3, 20, 3);
        String refused = "a**b" + "c* ".repeat(300) + "**d\n";
        assertEquals(html(refused, false), html(refused, true));
    }

    @Test
    void titlesInParenthesesHoldParenthesesOnlyEscapedAsCommonMarkSays() {
        assertEquals("<p><a href=\"/u\" title=\"t(x)\">a</a></p>\n", html("[a](/u (t\\(x\\)))\n", true));
        assertEquals("<p>[a](/u (t (x)))</p>\n", html("[a](/u (t (x)))\n", true));
        assertEquals("<p><a href=\"/u\" title=\"t\">a</a> [b](/v (x</p>\n", html("[a](/u (t)) [b](/v (x\n", true));
        String unclosed = "[ (](".repeat(2_000) + "\n";
        assertEquals("<p>" + unclosed.strip() + "</p>\n", html(unclosed, true));
    }

    @Test
    void emphasisAroundAndInsideLinksRendersAsFlexmarkRendersIt() {
        String[] pieces = {"*", "_", "**", "__", "[a](/u)", "[", "]", "](/v)", "(/w)", "![i](/i)", " ", "x", "\n"};
        assertRandomDocumentsRenderAsFlexmark(pieces, 1067, 600, 4, 16, 4);
        String many = "*[a](/u)* **[*b*](/v)** _x_ ".repeat(300) + "\n";
        assertEquals(html(many, false), html(many, true));
        assertTrue(html(many, true).startsWith("<p><em><a href=\"/u\">a</a></em> <strong><a href=\"/v\"><em>b</em></a></strong>"));
    }

    @Test
    void referenceDefinitionsSwitchedOffStayText() {
        MutableDataSet options = new MutableDataSet().set(Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR, false);
        Parser parser = LinearInlineParser.install(Parser.builder(options), options).build();
        String html = HtmlRenderer.builder(options).build().render(parser.parse("[a]: /url\n\n[a]\n"));
        assertEquals("<p>[a]: /url</p>\n<p>[a]</p>\n", html);
    }
}
