package gazette.content.markdown;

import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;

/**
 * Indented code blocks rendered as flexmark renders them, from their lines joined once.
 *
 * <p>Why: flexmark renders such a block from its {@code getContentChars()}, which puts the lines back
 * together, each without its indent, in a segment builder whose array grows by one part at a time, and
 * does so twice: a block of 50,000 lines took seconds to render, time growing with the square of its
 * lines. Joined into a {@link StringBuilder} the lines cost their length; the HTML is the same,
 * because what flexmark does to the joined text (trim the blank lines at its end, end it with one line
 * break, escape it) is done here by the same flexmark methods ({@code IndentedCodeTest} compares).
 */
final class IndentedCode implements HtmlRenderer.HtmlRendererExtension {
    private IndentedCode() {
    }

    static IndentedCode create() {
        return new IndentedCode();
    }

    /** The block's text: its lines without their indent, as {@code getContentChars()} gives it. */
    static String text(IndentedCodeBlock block) {
        StringBuilder text = new StringBuilder();
        for (BasedSequence line : block.getContentLines()) {
            text.append(line);
        }
        return text.toString();
    }

    /** The text a plain-text collector takes from the block: its text with escapes and entities resolved. */
    static String unescapedText(IndentedCodeBlock block) {
        return Escaping.unescapeString(text(block));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options of its own
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /**
     * Flexmark's rendering of the block, less its source-position attributes (an option this site does
     * not set) and the code-content-block option (ditto), which are what its other calls to
     * {@code getContentChars()} are for.
     */
    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(IndentedCodeBlock.class, this::render));
        }

        private void render(IndentedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            html.withAttr().tag("pre").openPre();
            String noLanguageClass = context.getHtmlOptions().noLanguageClass.trim();
            if (!noLanguageClass.isEmpty()) {
                html.attr("class", noLanguageClass);
            }
            html.withAttr(CoreNodeRenderer.CODE_CONTENT).tag("code");
            html.text(BasedSequence.of(text(node)).trimTailBlankLines().normalizeEndWithEOL());
            html.tag("/code");
            html.tag("/pre").closePre();
            html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
        }
    }
}
