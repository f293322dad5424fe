package gazette.content.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import gazette.content.PlainText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the news conventions in a flexmark tree; {@link NewsBlocksExtension} renders them. */
final class NewsBlocks {
    private static final Pattern CAPTION = Pattern.compile("^(Photo|Video):\\s+");
    private static final Pattern DASH = Pattern.compile("^(?:–|—|--|―)\\s*");

    /** A caption paragraph: its kind ("Photo", "Video") and how many characters of prefix to drop. */
    record Caption(String kind, int prefixLength) {
    }

    private NewsBlocks() {
    }

    static Caption caption(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof Text first)) {
            return null;
        }
        Matcher m = CAPTION.matcher(first.getChars());
        return m.find() ? new Caption(m.group(1), m.end()) : null;
    }

    /** The paragraph's only content, when that is one image. */
    static Image soleImage(Paragraph paragraph) {
        Node only = null;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            boolean blank = child instanceof Text t && t.getChars().isBlank() || child instanceof SoftLineBreak;
            if (!blank) {
                if (only != null) {
                    return null;
                }
                only = child;
            }
        }
        return only instanceof Image image ? image : null;
    }

    /** The quote's attribution paragraph ({@code – Name}), when its last paragraph is one and is not its only one. */
    static Paragraph attribution(BlockQuote quote) {
        if (quote.getLastChild() instanceof Paragraph last && last != quote.getFirstChild()
                && last.getFirstChild() instanceof Text first && DASH.matcher(first.getChars()).find()
                && plainText(last).length() <= 200) {
            return last;
        }
        return null;
    }

    static String stripDash(String html) {
        return DASH.matcher(html).replaceFirst("");
    }

    /** Whether this is the first paragraph directly in the document. */
    static boolean isFirstParagraph(Paragraph paragraph) {
        if (!(paragraph.getParent() instanceof Document document)) {
            return false;
        }
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p && caption(p) == null && soleImage(p) == null) {
                return p == paragraph;
            }
        }
        return false;
    }

    /** The words a reader sees, on one line: footnote markers and line breaks left out. */
    static String readableText(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return PlainText.collapse(out.toString()).trim();
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof com.vladsch.flexmark.ext.footnotes.Footnote) {
                continue;
            }
            if (child instanceof Text || child instanceof com.vladsch.flexmark.ast.Code
                    || child instanceof com.vladsch.flexmark.ast.HtmlInline) {
                out.append(child instanceof com.vladsch.flexmark.ast.Code code ? code.getText() : child.getChars());
            } else if (child instanceof SoftLineBreak || child instanceof com.vladsch.flexmark.ast.HardLineBreak) {
                out.append(' ');
            } else {
                collect(child, out);
            }
        }
    }

    static String plainText(Node node) {
        return TextCollector.text(node).trim();
    }
}
