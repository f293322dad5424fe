package gazette.content.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.BlankLineBreakNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.LineBreakNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.SpaceInsertingSequenceBuilder;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.ast.Visitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.builder.SequenceBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Our text collector gives flexmark's collector's text, for every node of a document, but for its two
 * departures: a table cell ends its word, and a footnote's marker is left out.
 */
class TextCollectorTest {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()))).build();

    private static final List<String> CASES = List.of(
            "Plain words.\n\nA second paragraph\nwith a soft break  \nand a hard one.\\\nAnd a backslash one.\n",
            "# Heading *with* emphasis\n\nSetext\n===\n\n> A quote\n> on two lines\n>\n> and a second paragraph\n",
            "- one\n- two\n\n  loose\n- three\n\n1. first\n2. second\n   - nested **strong**\n",
            "A [link](http://example.com \"title\") and ![an image](x.png) and <http://auto.link> and `code`.\n",
            "Entities &amp; &copy; &#65; and escapes \\* \\_ \\[ and <span>inline html</span>.\n",
            "| a | b |\n|---|:-:|\n| 1 | *2* |\n| three | [four](y) |\n\nAfter the table.\n",
            "Claim[^1] and another[^note].\n\n[^1]: The first note.\n[^note]: A longer\n    note.\n",
            "    indented code\n    with \\* escapes &amp;\n\n```java\nfenced code\n```\n\n<div>\nhtml block\n</div>\n",
            "[ref]: http://example.com\n\nA [full][ref], a [collapsed][] and a [ref] link, and ![img][ref].\n\n[collapsed]: /c\n",
            "Text\t with tabs \t\n\n\n\n  Lines with leading spaces\r\nand CRLF\r\n\r\nEnd\r\n",
            "---\n\n***\n\n> - quoted list\n>   1. deeper\n>\n> ```\n> code\n> ```\n",
            "");

    private static String flexmarks(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }

    /**
     * Flexmark's collector with its own builder, but without the optimiser that builder has by default,
     * which turns appended text back into ranges of the source: on some documents it recovers too much
     * and puts source text that no node added into the result (an indented fence's opening line after a
     * paragraph, say), or fails one of its own assertions. Same visit as flexmark's collector.
     */
    private static String flexmarksUnoptimised(Node root) {
        SpaceInsertingSequenceBuilder out = SpaceInsertingSequenceBuilder.emptyBuilder(
                SequenceBuilder.emptyBuilder(root.getChars().getBaseSequence(), (chars, parts) -> parts));
        new NodeVisitor() {
            @Override
            protected void processNode(Node node, boolean withChildren, BiConsumer<Node, Visitor<Node>> processor) {
                if (node.isOrDescendantOfType(DoNotCollectText.class) || node instanceof Footnote) {
                    return; // the second departure
                }
                out.setLastNode(node);
                if (node instanceof Block && out.isNotEmpty()) {
                    out.appendEol();
                }
                if (node instanceof TextContainer container) {
                    if (container.collectText(out, 0, this)) {
                        if (node instanceof BlankLineBreakNode && out.isNotEmpty()) {
                            out.appendEol();
                        }
                        processChildren(node, processor);
                    }
                    container.collectEndText(out, 0, this);
                } else {
                    processChildren(node, processor);
                }
                if (node instanceof LineBreakNode && out.needEol()) {
                    out.appendEol();
                }
                String sofar = out.toString();
                if (node instanceof TableCell && !sofar.isEmpty() && !Character.isWhitespace(sofar.charAt(sofar.length() - 1))) {
                    out.append(' '); // the first departure
                }
            }
        }.visit(root);
        return out.toString();
    }

    private static List<Node> everyNode(Node root) {
        List<Node> all = new ArrayList<>();
        Deque<Node> nodes = new ArrayDeque<>(List.of(root));
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            all.add(node);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
            }
        }
        return all;
    }

    @Test
    void givesFlexmarksTextForEveryKindOfNode() {
        for (String markdown : CASES) {
            for (Node node : everyNode(PARSER.parse(markdown))) {
                if (everyNode(node).stream().noneMatch(n -> n instanceof TableCell || n instanceof Footnote)) {
                    assertEquals(flexmarks(node), TextCollector.text(node), () -> node + " in " + markdown);
                }
            }
        }
        assertEquals("Plain words.\n\nA second paragraph\nwith a soft break\nand a hard one.\nAnd a backslash one.",
                TextCollector.text(PARSER.parse(CASES.get(0))).trim());
    }

    @Test
    void tableCellsAreWordsApartAndFootnoteMarkersAreNotWords() {
        assertEquals(List.of("Sector", "Value", "trade", "5"), words("| Sector | Value |\n|---|---|\n| trade | 5 |\n"),
                "flexmark's: SectorValue trade5");
        assertEquals(List.of("Cameron", "arrived.", "ITV", "News."), words("Cameron[^1] arrived.\n\n[^1]: ITV News.\n"),
                "flexmark's: Cameron1 arrived.");
    }

    private static List<String> words(String markdown) {
        return List.of(TextCollector.text(PARSER.parse(markdown)).trim().split("\\s+"));
    }

    @Test
    void givesFlexmarksTextWithoutItsOptimiserForRandomDocuments() {
        String[] pieces = {"word", "other words", " ", "\t", "*", "**", "_", "`", "[", "]", "(x)", "![", "<b>", "</b>", "&amp;",
                "\\*", "# ", "> ", "- ", "1. ", "    ", "| a |", "|---|", "```", "[^1]", "[^1]: ", "[r]: /u", "  ", "\\",
                "\r", "<div>", "---"};
        Random random = new Random(20261202);
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder markdown = new StringBuilder();
            for (int line = random.nextInt(14); line >= 0; line--) {
                for (int part = 1 + random.nextInt(5); part > 0; part--) {
                    markdown.append(pieces[random.nextInt(pieces.length)]);
                }
                markdown.append(random.nextInt(4) == 0 ? "\n\n" : "\n");
            }
            for (Node node : everyNode(PARSER.parse(markdown.toString()))) {
                assertEquals(flexmarksUnoptimised(node), TextCollector.text(node), () -> node + " in " + markdown);
            }
        }
    }
}
