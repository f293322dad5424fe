package gazette.content.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import java.util.Optional;
import java.util.Set;

/**
 * The news conventions on top of CommonMark, rendered as semantic HTML:
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
public final class NewsBlocksExtension implements HtmlRenderer.HtmlRendererExtension {
    /** Marks where a live update starts in the rendered HTML; raw HTML in content is escaped, so text can not forge it. */
    public static final String UPDATE_MARK = "<!--gazette:update-->";
    /** Ends a live update's heading markup, right after {@link #UPDATE_MARK}. */
    public static final String HEADING_END = "<!--gazette:heading-end-->";
    /** The {@code ##} headings that start live updates; they render as marks, not as headings. */
    public static final DataKey<java.util.Set<Node>> UPDATE_HEADINGS = new DataKey<>("GAZETTE_UPDATE_HEADINGS", java.util.Set.of());
    /** Nodes rendered as nothing: the updates' metadata lines. */
    public static final DataKey<java.util.Set<Node>> HIDDEN = new DataKey<>("GAZETTE_HIDDEN", java.util.Set.of());
    /** The article's dateline ({@code LONDON}), set on the document before rendering. */
    public static final DataKey<String> DATELINE = new DataKey<>("GAZETTE_DATELINE", "");
    /** Where the article's relative links to media files lead, set on the document before rendering. */
    static final DataKey<MediaLinks> MEDIA = new DataKey<>("GAZETTE_MEDIA", MediaLinks.none());

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options of its own
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
        builder.linkResolverFactory(new SiteRootLinks());
    }

    /**
     * A link written from the site root, {@code /articles/other/}, is made relative to the article
     * page ({@code ../../articles/other/}), so it keeps working when the site lives under a sub-path.
     * A relative link or image naming a published media file beside the article ({@code akorda.jpg})
     * leads to its copy ({@code ../../media/akorda.jpg}, see {@link MediaLinks}): as written it would
     * name a file in the article's own folder of the output, where there is none. Images in figures
     * are resolved here too.
     */
    private static final class SiteRootLinks extends com.vladsch.flexmark.html.IndependentLinkResolverFactory {
        @Override
        public com.vladsch.flexmark.html.LinkResolver apply(com.vladsch.flexmark.html.renderer.LinkResolverBasicContext context) {
            return (node, ctx, link) -> {
                String url = link.getUrl();
                if (url.startsWith("/") && !url.startsWith("//")) {
                    return link.withUrl(ARTICLE_TO_ROOT + url.substring(1));
                }
                Optional<String> media = MEDIA.get(ctx.getDocument()).address(url);
                if (media.isPresent()) {
                    return link.withUrl(media.get());
                }
                // Only a destination in pointy brackets holds spaces; in an attribute they must be escaped.
                return url.indexOf(' ') >= 0 ? link.withUrl(url.replace(" ", "%20")) : link;
            };
        }
    }

    /** Article pages live at {@code articles/SLUG/}, two folders below the root. */
    static final String ARTICLE_TO_ROOT = "../../";

    public static NewsBlocksExtension create() {
        return new NewsBlocksExtension();
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                    new NodeRenderingHandler<>(BlockQuote.class, this::blockQuote),
                    new NodeRenderingHandler<>(Heading.class, this::heading),
                    new NodeRenderingHandler<>(Footnote.class, this::footnoteReference));
        }

        /**
         * A footnote's marker where links are not rendered (a live update's heading): the marker without
         * its link, keeping the id that the note's way back ({@code #fnref-1}) leads to. Flexmark's own
         * renderer writes the link whatever the context says.
         */
        private void footnoteReference(Footnote node, NodeRendererContext context, HtmlWriter html) {
            FootnoteBlock note = node.getFootnoteBlock();
            if (!context.isDoNotRenderLinks() || note == null) {
                context.delegateRender();
                return;
            }
            int ordinal = note.getFootnoteOrdinal();
            int again = node.getReferenceOrdinal(); // the second and later markers of one note: fnref-1-1, fnref-1-2
            html.attr("id", "fnref-" + ordinal + (again == 0 ? "" : "-" + again)).withAttr().tag("sup");
            html.raw(Integer.toString(ordinal));
            html.tag("/sup");
        }

        /** A live update's heading becomes a mark, its inline markup, and an end mark; the template makes the heading. */
        private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
            if (!context.getDocument().get(UPDATE_HEADINGS).contains(node)) {
                context.delegateRender();
                return;
            }
            html.line();
            html.raw(UPDATE_MARK);
            // The template makes the heading a link to its update, and a link may not hold another:
            // links in the heading keep their text only (an image in it stays: see SafeLinks).
            html.raw(renderChildren(node, context, false));
            html.raw(HEADING_END);
            html.line();
        }

        private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
            if (context.getDocument().get(HIDDEN).contains(node)) {
                return;
            }
            NewsBlocks.Caption caption = NewsBlocks.caption(node);
            if (caption != null) {
                html.line();
                html.attr("class", "caption-only").withAttr().tag("figure");
                html.tag("figcaption");
                html.raw("<span class=\"caption-kind\">").text(caption.kind()).raw("</span> ");
                String inner = renderChildren(node, context);
                writeCaption(html, inner.substring(Math.min(caption.prefixLength(), inner.length())));
                html.closeTag("figcaption");
                html.closeTag("figure").line();
                return;
            }
            Image image = NewsBlocks.soleImage(node);
            if (image != null && !SafeLinks.safeImage(image.getUrl().unescape())) {
                return; // left out, as an image anywhere else is (SafeLinks)
            }
            if (image != null) {
                html.line();
                html.tag("figure");
                html.attr("src", context.resolveLink(com.vladsch.flexmark.html.renderer.LinkType.IMAGE,
                                image.getUrl().unescape(), null).getUrl())
                        .attr("alt", NewsBlocks.plainText(image))
                        .attr("loading", "lazy")
                        .withAttr().tagVoid("img");
                String title = image.getTitle().unescape();
                if (!title.isBlank()) {
                    html.tag("figcaption");
                    writeCaption(html, escape(title));
                    html.closeTag("figcaption");
                }
                html.closeTag("figure").line();
                return;
            }
            String dateline = context.getDocument().get(DATELINE);
            if (!dateline.isEmpty() && NewsBlocks.isFirstParagraph(node)) {
                html.line();
                html.tag("p");
                html.raw("<span class=\"dateline\">").text(dateline).raw("</span> — ");
                context.renderChildren(node);
                html.closeTag("p").line();
                return;
            }
            context.delegateRender();
        }

        private void blockQuote(BlockQuote node, NodeRendererContext context, HtmlWriter html) {
            Paragraph attribution = NewsBlocks.attribution(node);
            if (attribution == null) {
                context.delegateRender();
                return;
            }
            html.line();
            html.attr("class", "quote").withAttr().tag("figure");
            html.tag("blockquote").line();
            for (Node child = node.getFirstChild(); child != null && child != attribution; child = child.getNext()) {
                context.render(child);
            }
            html.closeTag("blockquote").line();
            String inner = renderChildren(attribution, context);
            String name = NewsBlocks.stripDash(inner);
            html.tag("figcaption").raw("— <cite>").raw(name).raw("</cite>").closeTag("figcaption");
            html.closeTag("figure").line();
        }

        /** Renders a node's inline children to a string, so a caption can be split at its credit. */
        private static String renderChildren(Node node, NodeRendererContext context) {
            return renderChildren(node, context, true);
        }

        private static String renderChildren(Node node, NodeRendererContext context, boolean links) {
            NodeRendererContext sub = context.getSubContext(false);
            if (!links) {
                sub.doNotRenderLinks(true);
            }
            sub.renderChildren(node);
            return sub.getHtmlWriter().toString(0, 0, false).trim();
        }

        private static void writeCaption(HtmlWriter html, String captionHtml) {
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

        private static String escape(String text) {
            return com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(text, false);
        }
    }
}
