package gazette.content.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import gazette.content.Html;
import gazette.source.LineMap;
import gazette.text.ForbiddenCharacters;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to HTML with flexmark: CommonMark, tables, footnotes, heading ids, and the news
 * conventions of {@link NewsBlocks}, written by {@link BodyHtml}. Raw HTML in the source is shown as text, never
 * passed through, so content can not inject markup or scripts into a page. Each file is parsed once;
 * a live blog's tree is then cut at its {@code ##} headings.
 */
public final class MarkdownRenderer {
    private static final Pattern EMPHASIS_ONLY = Pattern.compile("^\\s*([*_])(?!\\1)(.+?)\\1\\s*$");

    private final Parser parser;
    /** The same, with flexmark's autolink extension, for bodies that may hold a bare address ({@link #mayHoldBareAddress}). */
    private final Parser linkingParser;
    private final long deepStackBytes;
    private final BodyLabels labels;

    /** A renderer whose HTML holds the interface's few words in English. */
    public MarkdownRenderer() {
        this(BodyLabels.ENGLISH);
    }

    /** A renderer whose HTML holds the interface's few words ({@link BodyLabels}) as {@code labels} gives them. */
    public MarkdownRenderer(BodyLabels labels) {
        this(labels, DEEP_STACK_BYTES);
    }

    /** With {@code deepStackBytes} of stack for a body that ran the calling thread out of it ({@link #renderOnDeepStack}). */
    MarkdownRenderer(BodyLabels labels, long deepStackBytes) {
        this.labels = labels;
        this.deepStackBytes = deepStackBytes;
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()))
                .set(LinearInlineParser.SPACES_IN_POINTY_DESTINATIONS, true)
                // Read by HeadingIds from the document.
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(TablesExtension.WITH_CAPTION, false);
        this.parser = parser(options);
        List<Extension> withAutolinks = new ArrayList<>(Parser.EXTENSIONS.get(options));
        withAutolinks.add(AutolinkExtension.create());
        this.linkingParser = parser(new MutableDataSet(options).set(Parser.EXTENSIONS, withAutolinks));
    }

    private static Parser parser(MutableDataSet options) {
        return CoreBlockParserFilter.install(LinearInlineParser.install(Parser.builder(options), options)).build();
    }

    /**
     * Whether a body may hold a bare address to link (https://..., www...., desk@example.org), as
     * Hugo's Markdown links them. Only such bodies are parsed with flexmark's autolink extension: it
     * looks through every run of text for addresses, which made a build of 1,000 articles 15 % slower
     * (user CPU, six alternated pairs), although most articles' addresses are the targets of links
     * already ({@code [text](https://...)}, {@code <https://...>}). Those are passed over here; a false
     * "yes" costs only time.
     */
    static boolean mayHoldBareAddress(String markdown) {
        for (int at = markdown.indexOf("://"); at >= 0; at = markdown.indexOf("://", at + 3)) {
            int scheme = at;
            while (scheme > 0 && Character.isLetter(markdown.charAt(scheme - 1))) {
                scheme--;
            }
            if (!isLinkTarget(markdown, scheme)) {
                return true;
            }
        }
        for (int at = markdown.indexOf("www."); at >= 0; at = markdown.indexOf("www.", at + 4)) {
            if (!(at > 0 && markdown.charAt(at - 1) == '/') && !isLinkTarget(markdown, at)) {
                return true;
            }
        }
        for (int at = markdown.indexOf('@'); at >= 0; at = markdown.indexOf('@', at + 1)) {
            int local = at;
            while (local > 0 && isEmailLocalPart(markdown.charAt(local - 1))) {
                local--;
            }
            boolean mailto = local > 0 && markdown.charAt(local - 1) == ':';
            if (local < at && !mailto && !isLinkTarget(markdown, local) && markdown.indexOf('.', at) > at) {
                return true;
            }
        }
        return false;
    }

    /** Whether the address starting at {@code start} is a link's target: {@code ](…} or {@code <…}. */
    private static boolean isLinkTarget(String markdown, int start) {
        return start > 0 && (markdown.charAt(start - 1) == '<'
                || markdown.charAt(start - 1) == '(' && start > 1 && markdown.charAt(start - 2) == ']');
    }

    private static boolean isEmailLocalPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-');
    }

    /**
     * Renders one body.
     *
     * @param markdown the Markdown text
     * @param dateline printed before the first paragraph, or empty
     * @param live     whether to cut the body into updates at its {@code ##} headings
     * @throws Unrenderable when quotes, lists or inline markup nest deeper than the parser can follow, or
     *                      a quoted or indented block runs longer than it reads in good time
     */
    public RenderedMarkdown render(String markdown, String dateline, boolean live) {
        return render(markdown, dateline, live, MediaLinks.none());
    }

    /**
     * As {@link #render(String, String, boolean)}, leading relative links and images that name
     * published media files to them; {@code media} keeps the names it was asked about.
     */
    public RenderedMarkdown render(String markdown, String dateline, boolean live, MediaLinks media) {
        int tooDeep = Nesting.firstLineDeeperThanTheLimit(markdown);
        if (tooDeep >= 0) {
            throw new Unrenderable(tooDeep, NESTED_TOO_DEEPLY, "quotes and lists may go " + Nesting.MAX_LEVELS
                    + " levels deep inside each other; flatten them");
        }
        int tooLong = LongBlocks.firstTooLong(markdown);
        if (tooLong >= 0) {
            throw new Unrenderable(tooLong, "quoted or indented block too long to render", "a paragraph or code block"
                    + " whose lines each start with '>' or spaces may run " + LongBlocks.MAX_LINES
                    + " lines; break it up (blank lines between its paragraphs), or move long code or tables out of the"
                    + " quote or list, to the margin");
        }
        RenderedMarkdown rendered;
        try {
            rendered = renderNested(markdown, dateline, live, media);
        } catch (StackOverflowError e) {
            // Caught at the top of flexmark's recursion, where the stack is whole again.
            rendered = renderOnDeepStack(markdown, dateline, live, media);
        }
        // The file's own characters were made safe as it was read; a numeric character reference
        // (&#1;, &#xFFFE;, &#xD800;) is the only way left to write one no page or feed may hold.
        return markdown.contains("&#") ? rendered.withoutForbiddenCharacters() : rendered;
    }

    /**
     * The stack of the thread that renders a body again when the build's own thread ran out of stack
     * for it: reserved address space, of which the system backs only what the rendering touches.
     */
    static final long DEEP_STACK_BYTES = 512L << 20;

    /**
     * Renders a body that ran a build thread (1 MB of stack) out of stack again, on a thread of its own
     * with {@link #DEEP_STACK_BYTES} (as a rule). Why: flexmark parses and renders nested blocks and inlines by
     * recursion, and several of its patterns recurse in Java's regular expressions once per character
     * matched, so a link title of 3,000 characters, a tag-like run of as many letters after a {@code <},
     * or a few thousand levels of emphasis ran out of a build thread's stack; the larger stack takes
     * about 200 times as much. Beyond that the file gets a problem report instead of the build crashing.
     */
    private RenderedMarkdown renderOnDeepStack(String markdown, String dateline, boolean live, MediaLinks media) {
        RenderedMarkdown[] rendered = new RenderedMarkdown[1];
        Throwable[] failed = new Throwable[1];
        Thread deep = new Thread(null, () -> {
            try {
                rendered[0] = renderNested(markdown, dateline, live, media);
            } catch (Throwable e) {
                failed[0] = e; // rethrown on the calling thread below
            }
        }, "gazette-deep-markdown", deepStackBytes);
        try {
            deep.start();
        } catch (OutOfMemoryError e) {
            // A system that commits memory for a whole stack up front may refuse one this large.
            throw tooDeep(markdown);
        }
        boolean interrupted = false;
        while (true) {
            try {
                deep.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the rendering is not interruptible; finish it, then pass the interrupt on
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failed[0] instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed[0] instanceof Error error && !(error instanceof StackOverflowError)) {
            throw error;
        }
        if (failed[0] != null) {
            throw tooDeep(markdown);
        }
        return rendered[0];
    }

    private static Unrenderable tooDeep(String markdown) {
        return new Unrenderable(Nesting.deepestLine(markdown), NESTED_TOO_DEEPLY, "emphasis, links or quotes nest too deeply inside"
                + " each other here, or a link, title or tag runs on for too long; flatten or shorten it");
    }

    private static final String NESTED_TOO_DEEPLY = "Markdown nested too deeply to render";

    /**
     * The body nests too deeply, or runs a block too long, to parse or render in good time:
     * {@code line} is the 0-based line where (its most deeply nested line, or the long block's first),
     * {@link #getMessage} says what, and {@code hint} what to do about it.
     */
    public static final class Unrenderable extends RuntimeException {
        private final int line;
        private final String hint;

        Unrenderable(int line, String problem, String hint) {
            super(problem, null, false, false);
            this.line = line;
            this.hint = hint;
        }

        public int line() {
            return line;
        }

        public String hint() {
            return hint;
        }
    }

    private RenderedMarkdown renderNested(String markdown, String dateline, boolean live, MediaLinks media) {
        Document document = (mayHoldBareAddress(markdown) ? linkingParser : parser).parse(markdown);
        HeadingIds.pin(document, live ? MarkdownRenderer::isUpdateHeading : node -> false);
        LineMap lines = new LineMap(markdown);
        List<BodyPlace> missingAlt = imagesWithoutAlt(document, lines);
        List<SourceLink> links = links(document, lines);
        String firstParagraph = firstParagraph(document);
        if (!live) {
            HeadingLevels.fit(document, java.util.Set.of());
            String html = BodyHtml.render(document, labels, dateline, media, java.util.Set.of(), java.util.Set.of());
            return new RenderedMarkdown(new Html(html), NewsBlocks.plainText(document), firstParagraph,
                    List.of(), missingAlt, links);
        }
        // First find the updates and their metadata lines in the tree, then render the whole document
        // once: the renderer marks where each update starts and leaves out the metadata lines, and the
        // HTML is cut at the marks. Rendering block by block instead would redo flexmark's document-wide
        // heading-id pass for every block and lose the footnote list.
        StringBuilder liveText = new StringBuilder();
        List<Heading> headings = new ArrayList<>();
        List<Optional<Meta>> metas = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        java.util.Set<Node> hidden = new java.util.HashSet<>();
        StringBuilder currentText = liveText;
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (isUpdateHeading(child)) {
                headings.add((Heading) child);
                Optional<Meta> meta = Optional.empty();
                if (child.getNext() instanceof Paragraph p) {
                    Matcher m = EMPHASIS_ONLY.matcher(p.getChars().toString().trim());
                    if (m.matches() && !m.group(2).contains("\n")) {
                        meta = Optional.of(new Meta(m.group(2).trim(), line(lines, p)));
                        hidden.add(p);
                        child = p;
                    }
                }
                metas.add(meta);
                currentText = new StringBuilder();
                texts.add(currentText);
            } else {
                currentText.append(NewsBlocks.plainText(child)).append('\n');
            }
        }
        java.util.Set<Node> updateHeadings = java.util.Set.copyOf(headings);
        HeadingLevels.fit(document, updateHeadings);
        String html = BodyHtml.render(document, labels, dateline, media, updateHeadings, hidden);
        String[] parts = UpdateNotes.distribute(html.split(BodyHtml.UPDATE_MARK, -1));
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            String part = parts[i + 1];
            int close = part.indexOf(BodyHtml.HEADING_END);
            String headingHtml = part.substring(0, close);
            String body = tidy(part.substring(close + BodyHtml.HEADING_END.length()));
            String headingText = NewsBlocks.readableText(heading);
            Optional<String> pinned = Optional.empty();
            Matcher pin = HeadingIds.PINNED_ID.matcher(headingText);
            if (pin.find()) {
                pinned = Optional.of(pin.group(1));
                headingText = headingText.substring(0, pin.start());
                headingHtml = HeadingIds.PINNED_ID.matcher(headingHtml).replaceFirst("");
            }
            String bodyText = texts.get(i).toString().trim();
            sections.add(new Section(headingText, new Html(headingHtml.trim()), pinned, metas.get(i), new Html(body),
                    bodyText, line(lines, heading)));
            liveText.append(headingText).append('\n').append(bodyText).append('\n');
        }
        StringBuilder intro = new StringBuilder(tidy(parts[0]));
        // The plain text leaves out metadata lines and pinned ids: they are not words of the article.
        return new RenderedMarkdown(new Html(intro.toString()), liveText.toString().trim(), firstParagraph, sections,
                missingAlt, links);
    }

    /** Trims the blank lines a cut leaves at either end, keeping one final newline. */
    private static String tidy(String html) {
        String trimmed = html.strip();
        return trimmed.isEmpty() ? "" : trimmed + "\n";
    }

    private static boolean isUpdateHeading(Node node) {
        return node instanceof Heading h && h.getLevel() == 2;
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

    /**
     * The 0-based line of the node's first character in the body. Flexmark's own line numbers count
     * from the start of the text at every call: a live blog of 2,000 updates took 11 s to read for
     * its headings' lines alone.
     */
    private static int line(LineMap lines, Node node) {
        return lines.line(node.getStartOffset()) - 1;
    }

    /** Every link and image target as written, with its 0-based line and 1-based column in the body. */
    private static List<SourceLink> links(Document document, LineMap lines) {
        List<SourceLink> links = new ArrayList<>();
        new NodeVisitor(
                new VisitHandler<>(com.vladsch.flexmark.ast.Link.class,
                        link -> links.add(new SourceLink(link.getUrl().unescape(), lines.line(link.getStartOffset()) - 1,
                                lines.column(link.getStartOffset()), false))),
                new VisitHandler<>(Image.class,
                        image -> links.add(new SourceLink(image.getUrl().unescape(), lines.line(image.getStartOffset()) - 1,
                                lines.column(image.getStartOffset()), true))),
                new VisitHandler<>(LinkRef.class, ref -> addReferenced(ref, document, lines, false, links)),
                new VisitHandler<>(ImageRef.class, ref -> addReferenced(ref, document, lines, true, links))).visit(document);
        return links;
    }

    /**
     * A reference-style link or image ({@code [text][label]}, {@code [label][]}, {@code [label]}) whose
     * label is defined: its target is the definition's, and it is reported where the link is written.
     * An undefined one is text on the page, not a link.
     */
    private static void addReferenced(RefNode ref, Document document, LineMap lines, boolean image, List<SourceLink> links) {
        Reference definition = ref.isDefined() ? ref.getReferenceNode(document) : null;
        if (definition != null) {
            Node node = (Node) ref;
            links.add(new SourceLink(definition.getUrl().unescape(), lines.line(node.getStartOffset()) - 1,
                    lines.column(node.getStartOffset()), image));
        }
    }

    private static List<BodyPlace> imagesWithoutAlt(Document document, LineMap lines) {
        List<BodyPlace> missing = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Image.class, image -> {
            if (NewsBlocks.plainText(image).isBlank()) {
                missing.add(BodyPlace.of(lines, image));
            }
        }), new VisitHandler<>(ImageRef.class, image -> {
            if (image.isDefined() && NewsBlocks.plainText(image).isBlank()) {
                missing.add(BodyPlace.of(lines, image));
            }
        })).visit(document);
        return missing;
    }

    /** Where something starts in a body: its 0-based line and 1-based column. */
    public record BodyPlace(int line, int column) {
        static BodyPlace of(LineMap lines, Node node) {
            return new BodyPlace(lines.line(node.getStartOffset()) - 1, lines.column(node.getStartOffset()));
        }
    }

    /**
     * The result of rendering one body.
     *
     * @param html           the whole body, or a live blog's introduction
     * @param text           plain text of everything, for topic rules and search
     * @param firstParagraph the first paragraph's text, the default summary
     * @param sections       a live blog's updates in file order
     * @param imagesWithoutAlt where each image with no alt text starts
     * @param links          every link and image target in the body
     */
    public record RenderedMarkdown(Html html, String text, String firstParagraph, List<Section> sections,
            List<BodyPlace> imagesWithoutAlt, List<SourceLink> links) {

        /** The same with each character no page may hold replaced by U+FFFD ({@link ForbiddenCharacters}). */
        RenderedMarkdown withoutForbiddenCharacters() {
            List<Section> safeSections = new ArrayList<>(sections.size());
            for (Section s : sections) {
                safeSections.add(new Section(ForbiddenCharacters.replaced(s.title()), safe(s.titleHtml()), s.pinnedId(),
                        s.meta(), safe(s.body()), ForbiddenCharacters.replaced(s.text()), s.line()));
            }
            return new RenderedMarkdown(safe(html), ForbiddenCharacters.replaced(text),
                    ForbiddenCharacters.replaced(firstParagraph), safeSections, imagesWithoutAlt, links);
        }

        private static Html safe(Html html) {
            String markup = html.value();
            String replaced = ForbiddenCharacters.replaced(markup);
            return replaced == markup ? html : new Html(replaced);
        }
    }

    /**
     * A link target as the author wrote it.
     *
     * @param url    the target
     * @param line   0-based line in the body
     * @param column 1-based column
     * @param image  whether it is an image's source
     */
    public record SourceLink(String url, int line, int column, boolean image) {
        /** Whether the page links it (or shows the image): not when its address could run script or is none ({@link SafeLinks}). */
        public boolean made() {
            return image ? SafeLinks.safeImage(url) : SafeLinks.safeLink(url);
        }

        /** Why the address is no address at all, when that is why it is not made ({@link SafeLinks#malformed}). */
        public Optional<String> malformed() {
            return SafeLinks.malformed(url);
        }
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
