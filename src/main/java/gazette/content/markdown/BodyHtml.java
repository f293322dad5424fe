package gazette.content.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A body's HTML, written by one walk over flexmark's tree into one buffer ({@link HtmlLines}).
 *
 * <p>Why not flexmark's {@code HtmlRenderer}: it set up every node renderer again for each body and
 * took every character through its line writer one call at a time; about a tenth of a clean build's
 * CPU went there. This writes the same HTML, byte for byte, as that renderer did with Gazette's
 * options and extensions: CommonMark with raw HTML shown as text, tables, footnotes, heading ids ({@link HeadingIds}), the news conventions
 * ({@link NewsBlocks}: captions, figures, attributions, datelines, live updates' headings and hidden
 * metadata lines), links only to safe addresses ({@link SafeLinks}) and links to media files
 * ({@link LinkAddresses}). A node of a kind Gazette's parsers do not make is refused, rather than left
 * out as flexmark left out nodes it had no renderer for.
 *
 * <p>The walk recurses as deep as the tree nests; a body that runs the stack out is rendered again on
 * a thread with a deep stack ({@link MarkdownRenderer}).
 */
final class BodyHtml {
    /** Marks where a live update starts in the rendered HTML; raw HTML in content is escaped, so text can not forge it. */
    static final String UPDATE_MARK = "<!--gazette:update-->";
    /** Ends a live update's heading markup, right after {@link #UPDATE_MARK}. */
    static final String HEADING_END = "<!--gazette:heading-end-->";

    // Flexmark's defaults for what Gazette never configured: written out, as nothing reads them from options now.
    private static final String LANGUAGE_CLASS_PREFIX = "language-";
    private static final CharPredicate LANGUAGE_DELIMITERS = CharPredicate.anyOf(" \t");
    private static final String WWW_AUTOLINK_PREFIX = "http://";
    private static final String FOOTNOTE_BACK_LINK = "&#8617;";

    private final Document document;
    private final BodyLabels labels;
    private final String dateline;
    private final Set<Node> updateHeadings;
    private final Set<Node> hidden;
    private final LinkAddresses addresses;
    private final ListOptions listOptions;
    private final ReferenceRepository references;
    /** The paragraph the dateline goes into: the first directly in the body that is no caption or figure. */
    private final Paragraph datelineParagraph;
    private HtmlLines html;
    /** In a live update's heading, which the template makes a link: links keep only their text. */
    private boolean linksOff;
    /** The note whose way-back links go at the end of the paragraph being written, or null. */
    private FootnoteBlock backLinksOf;
    /** The paragraph they go into: the note's last block, when it is one (or raw HTML, shown as one). */
    private Node backLinksInto;
    /** How many tables are written so far: each box is named by its number, so no two on a page share a name. */
    private int tables;

    private BodyHtml(Document document, BodyLabels labels, String dateline, MediaLinks media, Set<Node> updateHeadings,
            Set<Node> hidden) {
        this.document = document;
        this.labels = labels;
        this.dateline = dateline;
        this.updateHeadings = updateHeadings;
        this.hidden = hidden;
        this.addresses = new LinkAddresses(media);
        this.listOptions = ListOptions.get(document);
        this.references = Parser.REFERENCES.get(document);
        this.datelineParagraph = dateline.isEmpty() ? null : firstPlainParagraph(document);
    }

    /**
     * @param labels         the words of the interface the HTML holds, in the site's language
     * @param dateline       printed at the start of the first paragraph, or empty
     * @param media          where relative links to media files lead
     * @param updateHeadings the {@code ##} headings that start live updates: each is written as
     *                       {@link #UPDATE_MARK}, its inline HTML and {@link #HEADING_END}
     * @param hidden         paragraphs written as nothing (live updates' metadata lines)
     */
    static String render(Document document, BodyLabels labels, String dateline, MediaLinks media, Set<Node> updateHeadings,
            Set<Node> hidden) {
        return new BodyHtml(document, labels, dateline, media, updateHeadings, hidden).html();
    }

    private String html() {
        FootnoteRepository notes = FootnoteExtension.FOOTNOTES.get(document);
        // Numbers the notes in the order of their first markers; the heading ids avoid the notes' ids.
        notes.resolveFootnoteOrdinals();
        new HeadingIds().generateIds(document);
        html = HtmlLines.forBody(document.getTextLength() + document.getTextLength() / 4 + 64);
        children(document);
        if (!notes.getReferencedFootnoteBlocks().isEmpty()) {
            footnoteList(notes);
        }
        return html.finish();
    }

    private static Paragraph firstPlainParagraph(Document document) {
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p && NewsBlocks.caption(p) == null && NewsBlocks.soleImage(p) == null) {
                return p;
            }
        }
        return null;
    }

    /** What a node is to the renderer; by its exact class, as flexmark chose a node's renderer. */
    private enum Kind {
        TEXT, TEXT_BASE, SOFT_BREAK, HARD_BREAK, EMPHASIS, STRONG, CODE, LINK, LINK_REF, IMAGE, IMAGE_REF, AUTO_LINK,
        MAIL_LINK, INLINE_HTML, ENTITY, FOOTNOTE, PARAGRAPH, HEADING, BLOCK_QUOTE, BULLET_LIST, ORDERED_LIST, LIST_ITEM,
        FENCED_CODE, INDENTED_CODE, THEMATIC_BREAK, HTML_BLOCK, HTML_COMMENT_BLOCK, NOTHING, TABLE, TABLE_SECTION,
        TABLE_ROW, TABLE_CELL
    }

    private static final Map<Class<?>, Kind> KINDS = Map.ofEntries(
            Map.entry(Text.class, Kind.TEXT), Map.entry(TextBase.class, Kind.TEXT_BASE),
            Map.entry(SoftLineBreak.class, Kind.SOFT_BREAK), Map.entry(HardLineBreak.class, Kind.HARD_BREAK),
            Map.entry(Emphasis.class, Kind.EMPHASIS), Map.entry(StrongEmphasis.class, Kind.STRONG),
            Map.entry(Code.class, Kind.CODE), Map.entry(Link.class, Kind.LINK), Map.entry(LinkRef.class, Kind.LINK_REF),
            Map.entry(Image.class, Kind.IMAGE), Map.entry(ImageRef.class, Kind.IMAGE_REF),
            Map.entry(AutoLink.class, Kind.AUTO_LINK), Map.entry(MailLink.class, Kind.MAIL_LINK),
            Map.entry(HtmlInline.class, Kind.INLINE_HTML), Map.entry(HtmlInlineComment.class, Kind.INLINE_HTML),
            Map.entry(HtmlEntity.class, Kind.ENTITY), Map.entry(CharacterReferences.CharacterReference.class, Kind.ENTITY),
            Map.entry(Footnote.class, Kind.FOOTNOTE), Map.entry(Paragraph.class, Kind.PARAGRAPH),
            Map.entry(Heading.class, Kind.HEADING), Map.entry(BlockQuote.class, Kind.BLOCK_QUOTE),
            Map.entry(BulletList.class, Kind.BULLET_LIST), Map.entry(OrderedList.class, Kind.ORDERED_LIST),
            Map.entry(BulletListItem.class, Kind.LIST_ITEM), Map.entry(OrderedListItem.class, Kind.LIST_ITEM),
            Map.entry(FencedCodeBlock.class, Kind.FENCED_CODE), Map.entry(IndentedCodeBlock.class, Kind.INDENTED_CODE),
            Map.entry(ThematicBreak.class, Kind.THEMATIC_BREAK), Map.entry(HtmlBlock.class, Kind.HTML_BLOCK),
            Map.entry(HtmlCommentBlock.class, Kind.HTML_COMMENT_BLOCK), Map.entry(Reference.class, Kind.NOTHING),
            // A note is written in the list at the end, and a table's separator row is not a row of the table.
            Map.entry(FootnoteBlock.class, Kind.NOTHING), Map.entry(TableSeparator.class, Kind.NOTHING),
            Map.entry(TableBlock.class, Kind.TABLE), Map.entry(TableHead.class, Kind.TABLE_SECTION),
            Map.entry(TableBody.class, Kind.TABLE_SECTION), Map.entry(TableRow.class, Kind.TABLE_ROW),
            Map.entry(TableCell.class, Kind.TABLE_CELL));

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            render(child);
        }
    }

    private void render(Node node) {
        Kind kind = KINDS.get(node.getClass());
        if (kind == null) {
            throw new IllegalStateException("No HTML for a Markdown node of class " + node.getClass().getName());
        }
        switch (kind) {
            case TEXT -> text((Text) node);
            case TEXT_BASE -> children(node);
            case SOFT_BREAK -> html.raw("\n");
            // Void elements as HTML writes them (<br>, <hr>, <img ...>): flexmark closed them XML-style
            // (<hr />), which the Nu HTML Checker reported on every page with one.
            case HARD_BREAK -> html.raw("<br>\n");
            case EMPHASIS -> wrapped(node, "<em>", "</em>");
            case STRONG -> wrapped(node, "<strong>", "</strong>");
            case CODE -> code((Code) node);
            case LINK -> link((Link) node);
            case LINK_REF -> linkRef((LinkRef) node);
            case IMAGE -> image((Image) node);
            case IMAGE_REF -> imageRef((ImageRef) node);
            case AUTO_LINK -> autoLink((AutoLink) node);
            case MAIL_LINK -> mailLink((MailLink) node);
            case INLINE_HTML -> html.text(node.getChars().normalizeEOL());
            case ENTITY -> html.text(node.getChars().unescape());
            case FOOTNOTE -> footnoteMarker((Footnote) node);
            case PARAGRAPH -> paragraph((Paragraph) node);
            case HEADING -> heading((Heading) node);
            case BLOCK_QUOTE -> blockQuote((BlockQuote) node);
            case BULLET_LIST -> block(node, "<ul>", "</ul>");
            case ORDERED_LIST -> orderedList((OrderedList) node);
            case LIST_ITEM -> listItem((ListItem) node);
            case FENCED_CODE -> fencedCode((FencedCodeBlock) node);
            case INDENTED_CODE -> indentedCode((IndentedCodeBlock) node);
            case THEMATIC_BREAK -> html.line().raw("<hr>").line();
            case HTML_BLOCK -> htmlBlock((HtmlBlock) node);
            // Unlike a block of other raw HTML, flexmark wrote a comment block as text with no line of its own.
            case HTML_COMMENT_BLOCK -> html.text(node.getChars().normalizeEOL());
            case NOTHING -> {
            }
            case TABLE -> table((TableBlock) node);
            case TABLE_SECTION -> tableSection(node);
            case TABLE_ROW -> tableRow(node);
            case TABLE_CELL -> tableCell((TableCell) node);
        }
    }

    private void wrapped(Node node, String open, String close) {
        html.raw(open);
        children(node);
        html.raw(close);
    }

    /** A block that starts and ends on lines of their own, as do its open and close tags. */
    private void block(Node node, String open, String close) {
        html.line().raw(open).line();
        children(node);
        html.line().raw(close).line();
    }

    // ---- inline ----

    private void text(Text node) {
        String run = PlainTextRuns.text(node.getChars());
        html.text(PlainTextRuns.needsNoResolving(run) ? run : Escaping.normalizeEOL(node.getChars().unescape()));
    }

    private void code(Code node) {
        String text = node.getText().toString();
        if (text.contains("\\|") && node.isOrDescendantOfType(TableCell.class)) {
            // In a cell, \| is a pipe in code too (`a\|b` reads a|b), as GitHub's tables have it: the
            // backslash is how a cell holds a pipe at all, and flexmark kept it in code.
            text = text.replace("\\|", "|");
        }
        html.raw("<code>").text(Escaping.collapseWhitespace(text, true)).raw("</code>");
    }

    private void link(Link node) {
        anchor(node, node.getUrl().unescape(), node.getTitle());
    }

    /** A link around the node's content, or the content alone where links are off or the address is not safe. */
    private void anchor(Node node, String url, BasedSequence title) {
        if (linksOff || !SafeLinks.safeLink(url)) {
            children(node);
            return;
        }
        html.raw("<a").attr("href", addresses.address(url));
        if (title.isNotNull()) {
            html.attr("title", title.unescape());
        }
        html.raw(">");
        children(node);
        html.raw("</a>");
    }

    private void linkRef(LinkRef node) {
        Reference reference = node.isDefined() ? node.getReferenceNode(references) : null;
        if (reference == null) {
            // Undefined: the brackets as written, around the text.
            if (!node.hasChildren()) {
                html.text(node.getChars().unescape());
            } else {
                html.text(node.getChars().prefixOf(node.getChildChars()).unescape());
                children(node);
                html.text(node.getChars().suffixOf(node.getChildChars()).unescape());
            }
            return;
        }
        anchor(node, reference.getUrl().unescape(), reference.getTitle());
    }

    /** Shown in a live update's heading too, unlike links ({@link SafeLinks}). */
    private void image(Image node) {
        String url = node.getUrl().unescape();
        if (!SafeLinks.safeImage(url)) {
            return;
        }
        String src = addresses.address(url);
        if (!node.getUrlContent().isEmpty()) {
            src += Escaping.percentEncodeUrl(node.getUrlContent()).replace("+", "%2B").replace("%3D", "=").replace("%26", "&amp;");
        }
        img(node, src, node.getTitle());
    }

    private static boolean hasInlineHtml(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlInline || child instanceof HtmlInlineComment || hasInlineHtml(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An image: its alt text is the node's text, as flexmark's current text collector gives it, but
     * for raw HTML in it, which that collector drops and the page everywhere else shows as the text it
     * is: {@code ![a "<b>x</b>"](p.png)} had the alt text {@code a "x"}.
     */
    private void img(Node node, String src, BasedSequence title) {
        String alt = hasInlineHtml(node) ? NewsBlocks.readableText(node) : new TextCollectingVisitor().collectAndGetText(node);
        html.raw("<img").attr("src", src).attr("alt", alt);
        if (title.isNotNull()) {
            html.attr("title", title.unescape());
        }
        html.raw(">");
    }

    private void imageRef(ImageRef node) {
        Reference reference = node.isDefined() ? node.getReferenceNode(references) : null;
        if (reference == null) {
            html.text(node.getChars().unescape());
            return;
        }
        String url = reference.getUrl().unescape();
        if (!SafeLinks.safeImage(url)) {
            return;
        }
        img(node, addresses.address(url), reference.getTitle());
    }

    private void autoLink(AutoLink node) {
        String text = node.getText().toString();
        if (linksOff || !SafeLinks.safeLink(node.getUrl().unescape())) {
            html.text(text);
            return;
        }
        String url = addresses.address(text);
        html.raw("<a").attr("href", url.startsWith("www.") ? WWW_AUTOLINK_PREFIX + url : url).raw(">").text(text).raw("</a>");
    }

    private void mailLink(MailLink node) {
        String text = node.getText().unescape();
        if (linksOff) {
            html.text(text);
            return;
        }
        html.raw("<a").attr("href", "mailto:" + addresses.address(text)).raw(">").text(text).raw("</a>");
    }

    /**
     * A note's marker, {@code fnref-1}; the second and later markers of one note are {@code fnref-1-1},
     * {@code fnref-1-2}, which the note's way-back links lead to. In a live update's heading the
     * marker keeps its id but is no link.
     */
    private void footnoteMarker(Footnote node) {
        FootnoteBlock note = node.getFootnoteBlock();
        if (note == null) {
            html.raw("[^");
            children(node);
            html.raw("]");
            return;
        }
        int ordinal = note.getFootnoteOrdinal();
        int again = node.getReferenceOrdinal();
        html.raw("<sup").attr("id", "fnref-" + ordinal + (again == 0 ? "" : "-" + again)).raw(">");
        if (linksOff) {
            html.raw(Integer.toString(ordinal));
        } else {
            html.raw("<a class=\"footnote-ref\"").attr("href", "#fn-" + ordinal).raw(">").raw(Integer.toString(ordinal)).raw("</a>");
        }
        html.raw("</sup>");
    }

    // ---- blocks ----

    private void paragraph(Paragraph node) {
        if (hidden.contains(node)) {
            return;
        }
        NewsBlocks.Caption caption = NewsBlocks.caption(node);
        if (caption != null) {
            captionOnly(node, caption);
            return;
        }
        Image image = NewsBlocks.soleImage(node);
        if (image != null) {
            if (SafeLinks.safeImage(image.getUrl().unescape())) { // else left out, as an image anywhere else is
                figure(image);
            }
            return;
        }
        if (node == datelineParagraph) {
            html.line().raw("<p>").raw("<span class=\"dateline\">").text(dateline).raw("</span> — ");
            children(node);
            html.raw("</p>").line();
            return;
        }
        if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (node.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(node, listOptions, document)) {
            children(node); // a tight list item's text
        } else {
            html.line().raw("<p>");
            children(node);
            endOfNote(node);
            html.raw("</p>").line();
        }
    }

    /** A caption whose picture the copy does not have: a {@code figure} with only a {@code figcaption}. */
    private void captionOnly(Paragraph node, NewsBlocks.Caption caption) {
        html.line().raw("<figure class=\"caption-only\">").raw("<figcaption>");
        html.raw("<span class=\"caption-kind\">").text(caption.kind()).raw("</span> ");
        String inner = inlineHtml(node, true);
        writeCaption(inner.substring(Math.min(caption.prefixLength(), inner.length())));
        html.raw("</figcaption>").raw("</figure>").line();
    }

    /** A paragraph holding only an image: the image's title becomes the caption. */
    private void figure(Image image) {
        html.line().raw("<figure>");
        html.raw("<img").attr("src", addresses.address(image.getUrl().unescape()))
                .attr("alt", hasInlineHtml(image) ? NewsBlocks.readableText(image) : NewsBlocks.plainText(image))
                .attr("loading", "lazy").raw(">");
        String title = image.getTitle().unescape();
        if (!title.isBlank()) {
            html.raw("<figcaption>");
            writeCaption(Escaping.escapeHtml(title, false));
            html.raw("</figcaption>");
        }
        html.raw("</figure>").line();
    }

    /** A caption's HTML, a trailing {@code Credit: NAME} as the credit. */
    private void writeCaption(String captionHtml) {
        int credit = captionHtml.lastIndexOf("Credit:");
        if (credit < 0) {
            html.raw(captionHtml.trim());
            return;
        }
        String text = captionHtml.substring(0, credit).trim();
        String who = captionHtml.substring(credit + "Credit:".length()).trim();
        if (!text.isEmpty()) {
            html.raw(text).raw(" ");
        }
        html.raw("<small class=\"credit\">Credit: ").raw(who).raw("</small>");
    }

    /**
     * A node's inline content rendered on its own and trimmed, to be cut (at a caption's credit, an
     * attribution's dash) or marked (a live update's heading) before it goes into the body.
     */
    private String inlineHtml(Node node, boolean links) {
        HtmlLines body = html;
        boolean bodyLinksOff = linksOff;
        html = HtmlLines.withoutBlankLines();
        linksOff = !links;
        try {
            children(node);
            return html.finish().trim();
        } finally {
            html = body;
            linksOff = bodyLinksOff;
        }
    }

    private void heading(Heading node) {
        if (updateHeadings.contains(node)) {
            // The template makes the heading a link to its update, and a link may not hold another.
            html.line().raw(UPDATE_MARK).raw(inlineHtml(node, false)).raw(HEADING_END).line();
            return;
        }
        String tag = "h" + node.getLevel();
        html.line().raw("<").raw(tag);
        String id = node.getAnchorRefId();
        if (id != null && !id.isEmpty()) {
            html.attr("id", id);
        }
        html.raw(">");
        children(node);
        html.raw("</").raw(tag).raw(">").line();
    }

    /** A quote whose last paragraph starts with a dash gets that line as its attribution ({@link NewsBlocks#attribution}). */
    private void blockQuote(BlockQuote node) {
        Paragraph attribution = NewsBlocks.attribution(node);
        if (attribution == null) {
            html.line().raw("<blockquote>").line();
            children(node);
            html.line().raw("</blockquote>").line();
            return;
        }
        html.line().raw("<figure class=\"quote\">").raw("<blockquote>").line();
        for (Node child = node.getFirstChild(); child != attribution; child = child.getNext()) {
            render(child);
        }
        html.raw("</blockquote>").line();
        String name = NewsBlocks.stripDash(inlineHtml(attribution, true));
        html.raw("<figcaption>").raw("— <cite>").raw(name).raw("</cite>").raw("</figcaption>");
        html.raw("</figure>").line();
    }

    private void orderedList(OrderedList node) {
        int start = node.getStartNumber();
        html.line().raw("<ol");
        if (listOptions.isOrderedListManualStart() && start != 1) {
            html.attr("start", String.valueOf(start));
        }
        html.raw(">").line();
        children(node);
        html.line().raw("</ol>").line();
    }

    private void listItem(ListItem node) {
        html.line().raw("<li>");
        BasedSequence suffix = node.getMarkerSuffix();
        if (suffix.isNotNull() && !suffix.isEmpty()) {
            html.text(suffix.unescape());
        }
        children(node);
        html.raw("</li>").line();
    }

    private void fencedCode(FencedCodeBlock node) {
        html.line().raw("<pre>");
        html.openPre();
        BasedSequence info = node.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            String language = node.getInfoDelimitedByAny(LANGUAGE_DELIMITERS).unescape();
            html.raw("<code").attr("class", LANGUAGE_CLASS_PREFIX + language).raw(">");
        } else {
            html.raw("<code>");
        }
        html.text(node.getContentChars().normalizeEOL());
        html.raw("</code></pre>");
        html.closePre();
        html.line();
    }

    /** From its lines joined once ({@link IndentedCode}): trailing blank lines cut, one line break at the end. */
    private void indentedCode(IndentedCodeBlock node) {
        html.line().raw("<pre>");
        html.openPre();
        html.raw("<code>").text(BasedSequence.of(IndentedCode.text(node)).trimTailBlankLines().normalizeEndWithEOL());
        html.raw("</code></pre>");
        html.closePre();
        html.line();
    }

    /** Raw HTML, shown as text in a paragraph of its own. */
    private void htmlBlock(HtmlBlock node) {
        if (node.hasChildren()) {
            throw new IllegalStateException("No HTML for an HTML block with inner blocks: " + node.getChildChars());
        }
        String content = node.getContentChars().normalizeEOL();
        if (content.endsWith("\n")) {
            content = content.substring(0, content.length() - 1);
        }
        html.line().raw("<p>").text(content);
        endOfNote(node);
        html.raw("</p>").line();
    }

    /** Before the {@code </p>} of a note's last block: its way-back links, when they go there. */
    private void endOfNote(Node block) {
        if (block == backLinksInto) {
            backLinks(backLinksOf, false);
            backLinksInto = null;
            backLinksOf = null;
        }
    }

    // ---- tables ----

    /**
     * A table as a phone and the Nu HTML Checker need it: in a box that scrolls sideways
     * ({@code .table-wrap}) when the table is wider than the screen, instead of the whole page; the box
     * can be focused, so a keyboard can scroll it too (WCAG 2.1.1; axe's "scrollable region must have
     * keyboard access"), and is a region named in the site's language ("Table 2"), by number, as
     * screen readers list regions by their names. The theme shades the edge beyond which more of it is.
     */
    private void table(TableBlock node) {
        tables++;
        html.line().raw("<div class=\"table-wrap\" role=\"region\"").attr("aria-label", labels.tableNamed(tables))
                .raw(" tabindex=\"0\">").line();
        html.line().raw("<table class=\"table\">").line();
        children(node);
        html.line().raw("</table>").line();
        html.line().raw("</div>").line();
    }

    private void tableSection(Node node) {
        String tag = node instanceof TableHead ? "thead" : "tbody";
        html.line().raw("<").raw(tag).raw(">");
        children(node);
        html.raw("</").raw(tag).raw(">").line();
    }

    private void tableRow(Node node) {
        html.line().raw("<tr>");
        children(node);
        html.raw("</tr>").line();
    }

    /**
     * A column's alignment ({@code |:---:|}) is a class, {@code align-center}, that the theme's style
     * sheet aligns, instead of flexmark's {@code align="center"}: HTML5 made that attribute obsolete,
     * and the Nu HTML Checker warns about it on every cell of an aligned column.
     */
    private void tableCell(TableCell node) {
        String tag = node.isHeader() ? "th" : "td";
        html.raw("<").raw(tag);
        if (node.getSpan() > 1) {
            html.attr("colspan", String.valueOf(node.getSpan()));
        }
        if (node.getAlignment() != null) {
            html.attr("class", "align-" + node.getAlignment().name().toLowerCase(Locale.ROOT));
        }
        html.raw(">");
        children(node);
        html.raw("</").raw(tag).raw(">");
    }

    // ---- footnotes ----

    /**
     * The notes referred to, in the order of their first markers, each with a way back to every marker.
     * Flexmark put the way back on a line of its own after the note's last paragraph, and named it
     * only "↩"; it goes at the end of that paragraph, as the note's last words, and is named in the
     * site's language ("Back to reference 1"). The list has a heading a screen reader announces and
     * the eye need not see: the rule above it says as much.
     */
    private void footnoteList(FootnoteRepository notes) {
        html.line().raw("<div class=\"footnotes\">").line();
        html.line().raw("<hr>").line();
        html.line().raw("<h2 class=\"visually-hidden\">").text(labels.notes()).raw("</h2>").line();
        html.line().raw("<ol>").line();
        for (FootnoteBlock note : notes.getReferencedFootnoteBlocks()) {
            int ordinal = note.getFootnoteOrdinal();
            html.line().raw("<li").attr("id", "fn-" + ordinal).raw(">").line();
            backLinksOf = note;
            backLinksInto = note.getLastChild() instanceof Paragraph || note.getLastChild() instanceof HtmlBlock
                    ? note.getLastChild() : null;
            children(note);
            if (backLinksOf != null) {
                // The note ends otherwise (a list, a quote, code), or its last paragraph was written as no
                // <p> (a caption, a picture): the links follow, each on a line, as flexmark wrote them.
                backLinksInto = null;
                backLinksOf = null;
                backLinks(note, true);
            }
            html.line().raw("</li>").line();
        }
        html.line().raw("</ol>").line();
        html.line().raw("</div>").line();
    }

    /** The note's links back to each of its markers: each on a line of its own, or after a space. */
    private void backLinks(FootnoteBlock note, boolean ownLines) {
        int ordinal = note.getFootnoteOrdinal();
        for (int again = 0; again < note.getFootnoteReferences(); again++) {
            if (ownLines) {
                html.line();
            } else {
                html.raw(again == 0 ? "&#160;" : " "); // the first never left alone at the start of a line
            }
            html.raw("<a").attr("href", "#fnref-" + ordinal + (again == 0 ? "" : "-" + again))
                    .attr("class", "footnote-back").attr("aria-label", labels.backTo(ordinal, again))
                    .raw(">").raw(FOOTNOTE_BACK_LINK).raw("</a>");
        }
    }
}
