package gazette.content.markdown;

import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.BlankLineBreakNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.LineBreakNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.ast.Visitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;

import java.util.function.BiConsumer;

/**
 * The plain text of a flexmark node, as flexmark's {@code TextCollectingVisitor} gives it with no
 * flags (each node's own {@link TextContainer#collectText} decides what it adds; a line break goes
 * between blocks and where the source had one between nodes), in time that grows with the text.
 *
 * <p>Why not flexmark's: it collects into a segment builder whose array of parts grows by one entry
 * each time it is full (its growth step is lost to operator precedence), so every block and line
 * copies all the parts before it: building a site of one article with a 50,000-row table took 9.9 s,
 * with a 50,000-item list 6.7 s; 1.8 s and 2.1 s with this. The text is the same ({@code
 * TextCollectorTest} compares the two), because the same nodes add the same characters in the same
 * order (an indented code block aside, whose own collectText joins its lines in that builder too:
 * {@link IndentedCode} joins them once); only where they go differs: a plain {@link StringBuilder}.
 * (That builder's optimiser, which turns appended text back into ranges of the source, sometimes puts
 * in source text no node added; neither the seed site nor the 1,000-article corpus has a case, and
 * both build byte for byte as before.)
 *
 * <p>Two departures, for words that flexmark's collector glued together (the text is what search and
 * the topic keywords read): a table's cells end their words ("SectorValue" was two words) and a
 * footnote's marker is left out ("Cameron1").
 */
final class TextCollector {
    private final Out out;

    private TextCollector(BasedSequence base) {
        out = new Out(base);
    }

    /** The text of {@code node} and everything in it. */
    static String text(Node node) {
        if (node.isOrDescendantOfType(DoNotCollectText.class)) {
            return "";
        }
        TextCollector collector = new TextCollector(node.getChars().getBaseSequence());
        collector.visitor.visit(node);
        return collector.out.text.toString();
    }

    /**
     * Visits as flexmark's collector does. Below a node that is not {@link DoNotCollectText} only its
     * own instances need checking: the ancestors were checked on the way down.
     */
    private final NodeVisitor visitor = new NodeVisitor() {
        @Override
        protected void processNode(Node node, boolean withChildren, BiConsumer<Node, Visitor<Node>> processor) {
            if (node instanceof DoNotCollectText || node instanceof Footnote) {
                return; // a footnote's marker is its number: "Cameron1" would be a word
            }
            out.passing(node);
            if (node instanceof Block && out.isNotEmpty()) {
                out.appendEol();
            }
            if (node instanceof IndentedCodeBlock code) {
                // Its collectText joins the lines in flexmark's segment builder: see IndentedCode.
                out.append(IndentedCode.unescapedText(code));
            } else if (node instanceof Text text && appendPlainRun(text)) {
                // appended whole: a Text has no children and adds nothing at its end
            } else if (node instanceof TextContainer container) {
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
            if (node instanceof TableCell) {
                out.endWord(); // cells are columns apart on the page: "Sector | Value" is two words
            }
        }
    };

    /**
     * Appends a run of text that has no backslash or ampersand, which is what {@link Text#collectText}
     * would append once its escapes and entities were resolved: without that pass, which reads the
     * run one interface call per character (see {@link PlainTextRuns}). False, appending nothing, for
     * any other run.
     */
    private boolean appendPlainRun(Text node) {
        String run = PlainTextRuns.text(node.getChars());
        if (!PlainTextRuns.hasNoEscapes(run)) {
            return false;
        }
        out.text.append(run);
        return true;
    }

    /** What the nodes append to, and the line-break bookkeeping between them. */
    private static final class Out implements ISequenceBuilder<Out, BasedSequence> {
        private final BasedSequence base;
        private final StringBuilder text = new StringBuilder();
        private Node last;
        /** Whether the source had a line break between the last node passed and the one before. */
        private boolean eolBetweenNodes;

        Out(BasedSequence base) {
            this.base = base;
        }

        /** Notes the node about to be collected; a document is not a node the text is between. */
        void passing(Node node) {
            if (node instanceof Document) {
                return;
            }
            if (last != null && last.getEndOffset() < node.getStartOffset()) {
                eolBetweenNodes = onlyWhitespaceWithALineBreak(last.getEndOffset(), node.getStartOffset());
            }
            last = node;
        }

        /** Whether {@code base[start, end)} is spaces, tabs and line-break characters, with at least one of the last. */
        private boolean onlyWhitespaceWithALineBreak(int start, int end) {
            boolean lineBreak = false;
            for (int i = start; i < end; i++) {
                char c = base.charAt(i);
                if (c == '\n' || c == '\r') {
                    lineBreak = true;
                } else if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return lineBreak;
        }

        void appendEol() {
            text.append('\n');
            eolBetweenNodes = false;
        }

        /** Ends the word the text ends with, if it ends with one. */
        void endWord() {
            if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.append(' ');
            }
        }

        boolean needEol() {
            return eolBetweenNodes || text.length() > 0 && text.charAt(text.length() - 1) != '\n';
        }

        @Override
        public Out append(CharSequence chars, int startIndex, int endIndex) {
            if (chars != null && startIndex < endIndex) {
                text.append(chars, startIndex, endIndex);
            }
            return this;
        }

        @Override
        public Out append(char c) {
            text.append(c);
            return this;
        }

        @Override
        public Out append(char c, int count) {
            text.append(String.valueOf(c).repeat(Math.max(0, count)));
            return this;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            return text.charAt(index);
        }

        @Override
        public BasedSequence getSingleBasedSequence() {
            return null;
        }

        @Override
        public Out getBuilder() {
            return new Out(base);
        }

        @Override
        public BasedSequence toSequence() {
            return BasedSequence.of(text.toString());
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
