package gazette.content.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import gazette.content.PlainText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the news conventions in a flexmark tree; {@link BodyHtml} renders them as semantic HTML:
 * <ul>
 * <li>a paragraph starting {@code Photo: } or {@code Video: } is a caption whose picture the copy
 * does not have: a {@code figure} with only a {@code figcaption}; a trailing {@code Credit: NAME}
 * becomes the credit;</li>
 * <li>a paragraph holding only an image is a {@code figure}: the image's alt text stays alt text, its
 * title becomes the caption (with the same credit rule);</li>
 * <li>a block quote whose last paragraph starts with a dash ({@code – David Cameron}) gets that line
 * as its attribution: {@code figure > blockquote + figcaption > cite};</li>
 * <li>the first paragraph of the body starts with the dateline, when the article has one.</li>
 * </ul>
 */
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

    /**
     * The words a reader sees, on one line: footnote markers and line breaks left out. It is the default
     * summary, so it must read as the page does: escapes and character references resolved
     * ({@code AT&amp;T} reads {@code AT&T}, {@code \*} reads {@code *}), an autolink's address kept,
     * and a reference with no definition kept as the bracketed text the page shows.
     */
    static String readableText(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return PlainText.collapse(out.toString()).trim();
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Footnote) {
                continue;
            }
            if (child instanceof Text || child instanceof HtmlEntity) {
                out.append(child.getChars().unescape());
            } else if (child instanceof Code code) {
                out.append(code.getText()); // code spans keep their backslashes and ampersands
            } else if (child instanceof HtmlInline || child instanceof HtmlInlineComment) {
                out.append(child.getChars()); // raw HTML is shown as text (see MarkdownRenderer)
            } else if (child instanceof AutoLink link) {
                out.append(link.getText());
            } else if (child instanceof MailLink link) {
                out.append(link.getText());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append(' ');
            } else if (child instanceof LinkRef ref && !ref.isDefined()) {
                out.append('[');
                collect(child, out);
                out.append(']');
                // then what follows the text's closing bracket as written: "[label]", "[]" or nothing
                // (flexmark keeps the text as the label, and no text, when there is no label of its own)
                BasedSequence text = ref.isReferenceTextCombined() ? ref.getReference() : ref.getText();
                BasedSequence chars = ref.getChars();
                out.append(chars.subSequence(text.getEndOffset() + 1 - chars.getStartOffset()).unescape());
            } else if (child instanceof ImageRef ref && !ref.isDefined()) {
                out.append(child.getChars().unescape());
            } else {
                collect(child, out);
            }
        }
    }

    static String plainText(Node node) {
        return TextCollector.text(node).trim();
    }
}
