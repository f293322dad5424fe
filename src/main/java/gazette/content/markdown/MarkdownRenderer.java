package gazette.content.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import gazette.content.Html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with flexmark: CommonMark, tables, footnotes, heading ids, and the news
 * conventions of {@link NewsBlocksExtension}. Raw HTML in the source is shown as text, never
 * passed through, so content can not inject markup or scripts into a page. Each file is parsed once;
 * a live blog's tree is then cut at its {@code ##} headings.
 */
public final class MarkdownRenderer {
    private static final Pattern PINNED_ID = Pattern.compile("\\s*\\{#([A-Za-z][A-Za-z0-9_-]*)}\\s*$");
    private static final Pattern EMPHASIS_ONLY = Pattern.compile("^\\s*([*_])(?!\\1)(.+?)\\1\\s*$");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                        NewsBlocksExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(TablesExtension.WITH_CAPTION, false)
                .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Renders one body.
     *
     * @param markdown the Markdown text
     * @param dateline printed before the first paragraph, or empty
     * @param live     whether to cut the body into updates at its {@code ##} headings
     */
    public RenderedMarkdown render(String markdown, String dateline, boolean live) {
        Document document = parser.parse(markdown);
        document.set(NewsBlocksExtension.DATELINE, dateline);
        List<Integer> missingAlt = imagesWithoutAlt(document);
        List<SourceLink> links = links(document, markdown);
        String firstParagraph = firstParagraph(document);
        if (!live) {
            return new RenderedMarkdown(new Html(renderer.render(document)), NewsBlocks.plainText(document), firstParagraph,
                    List.of(), missingAlt, links);
        }
        StringBuilder intro = new StringBuilder();
        StringBuilder liveText = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        Node child = document.getFirstChild();
        while (child != null && !isUpdateHeading(child)) {
            intro.append(renderer.render(child));
            liveText.append(NewsBlocks.plainText(child)).append('\n');
            child = child.getNext();
        }
        while (child != null) {
            Heading heading = (Heading) child;
            child = child.getNext();
            Optional<Meta> meta = Optional.empty();
            if (child instanceof Paragraph p) {
                Matcher m = EMPHASIS_ONLY.matcher(p.getChars().toString().trim());
                if (m.matches() && !m.group(2).contains("\n")) {
                    meta = Optional.of(new Meta(m.group(2).trim(), p.getStartLineNumber()));
                    child = child.getNext();
                }
            }
            StringBuilder body = new StringBuilder();
            StringBuilder bodyText = new StringBuilder();
            while (child != null && !isUpdateHeading(child)) {
                body.append(renderer.render(child));
                bodyText.append(NewsBlocks.plainText(child)).append('\n');
                child = child.getNext();
            }
            String headingHtml = stripHeadingTag(renderer.render(heading));
            String headingText = NewsBlocks.plainText(heading);
            Optional<String> pinned = Optional.empty();
            Matcher pin = PINNED_ID.matcher(headingText);
            if (pin.find()) {
                pinned = Optional.of(pin.group(1));
                headingText = headingText.substring(0, pin.start());
                headingHtml = PINNED_ID.matcher(headingHtml).replaceFirst("");
            }
            sections.add(new Section(headingText, new Html(headingHtml), pinned, meta, new Html(body.toString()),
                    bodyText.toString().trim(), heading.getStartLineNumber()));
            liveText.append(headingText).append('\n').append(bodyText);
        }
        appendFootnotes(document, intro, sections);
        // The plain text leaves out metadata lines and pinned ids: they are not words of the article.
        return new RenderedMarkdown(new Html(intro.toString()), liveText.toString().trim(), firstParagraph, sections,
                missingAlt, links);
    }

    /**
     * A live blog is rendered a block at a time, which never reaches flexmark's footnote list; so
     * when there are footnotes, the whole document is rendered once more for that list, and it goes
     * at the end of the page, after the oldest update.
     */
    private void appendFootnotes(Document document, StringBuilder intro, List<Section> sections) {
        boolean hasFootnotes = false;
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            hasFootnotes |= child instanceof FootnoteBlock;
        }
        if (!hasFootnotes) {
            return;
        }
        String whole = renderer.render(document);
        int start = whole.lastIndexOf("<div class=\"footnotes\">");
        if (start < 0) {
            return;
        }
        String footnotes = whole.substring(start);
        if (sections.isEmpty()) {
            intro.append(footnotes);
        } else {
            Section last = sections.get(sections.size() - 1);
            sections.set(sections.size() - 1, new Section(last.title(), last.titleHtml(), last.pinnedId(), last.meta(),
                    new Html(last.body().value() + footnotes), last.text(), last.line()));
        }
    }

    private static boolean isUpdateHeading(Node node) {
        return node instanceof Heading h && h.getLevel() == 2;
    }

    private static String stripHeadingTag(String html) {
        String s = html.trim();
        int open = s.indexOf('>');
        int close = s.lastIndexOf("</h");
        return open >= 0 && close > open ? s.substring(open + 1, close).trim() : s;
    }

    /** The first ordinary paragraph's text: the default summary. */
    private static String firstParagraph(Document document) {
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h && h.getLevel() == 2) {
                break;
            }
            if (child instanceof Paragraph p && NewsBlocks.caption(p) == null && NewsBlocks.soleImage(p) == null) {
                return NewsBlocks.readableText(p);
            }
        }
        return "";
    }

    /** Every link and image target as written, with its 0-based line and 1-based column in the body. */
    private static List<SourceLink> links(Document document, String markdown) {
        List<SourceLink> links = new ArrayList<>();
        gazette.source.LineMap lines = new gazette.source.LineMap(markdown);
        new NodeVisitor(
                new VisitHandler<>(com.vladsch.flexmark.ast.Link.class,
                        link -> links.add(new SourceLink(link.getUrl().unescape(), lines.line(link.getStartOffset()) - 1,
                                lines.column(link.getStartOffset())))),
                new VisitHandler<>(Image.class,
                        image -> links.add(new SourceLink(image.getUrl().unescape(), lines.line(image.getStartOffset()) - 1,
                                lines.column(image.getStartOffset()))))).visit(document);
        return links;
    }

    private static List<Integer> imagesWithoutAlt(Document document) {
        List<Integer> lines = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Image.class, image -> {
            if (NewsBlocks.plainText(image).isBlank()) {
                lines.add(image.getStartLineNumber());
            }
        })).visit(document);
        return lines;
    }

    /**
     * The result of rendering one body.
     *
     * @param html           the whole body, or a live blog's introduction
     * @param text           plain text of everything, for topic rules and search
     * @param firstParagraph the first paragraph's text, the default summary
     * @param sections       a live blog's updates in file order
     * @param imagesWithoutAlt 0-based body lines of images with no alt text
     * @param links          every link and image target in the body
     */
    public record RenderedMarkdown(Html html, String text, String firstParagraph, List<Section> sections,
            List<Integer> imagesWithoutAlt, List<SourceLink> links) {
    }

    /**
     * A link target as the author wrote it.
     *
     * @param url    the target
     * @param line   0-based line in the body
     * @param column 1-based column
     */
    public record SourceLink(String url, int line, int column) {
    }

    /**
     * One {@code ##} section of a live blog.
     *
     * @param title     the heading's text, without a pinned id
     * @param titleHtml the heading's inline HTML
     * @param pinnedId  an id given as {@code {#id}} at the end of the heading
     * @param meta      the metadata line right after the heading, without its emphasis marks
     * @param body      the rest of the section
     * @param text      plain text of the body
     * @param line      0-based body line of the heading
     */
    public record Section(String title, Html titleHtml, Optional<String> pinnedId, Optional<Meta> meta, Html body,
            String text, int line) {
    }

    /** A metadata line, {@code 14:37; topics: trade}, and its 0-based body line. */
    public record Meta(String text, int line) {
    }
}
