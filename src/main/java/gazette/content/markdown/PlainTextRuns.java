package gazette.content.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.Set;

/**
 * Runs of plain text (flexmark's {@link Text} nodes: most of an article's characters) rendered as
 * flexmark renders them, with less work when there is nothing to resolve in them.
 *
 * <p>Why: flexmark renders each run by resolving its backslash escapes and entities (a regular
 * expression over the run's characters, read one call at a time through its sequence interfaces),
 * then converting carriage returns (a copy, character by character), then escaping {@code & < > "}
 * (another regular expression). On a 1,000-article build those first two passes were 4.5 % of the
 * CPU. A run with no backslash, ampersand or carriage return has nothing for them to do: its text is
 * copied out of the source in one go, escaped here, and written as flexmark would write it. Any other
 * run goes to flexmark's own renderer ({@code PlainTextRunsTest} compares the two on random documents).
 */
final class PlainTextRuns implements HtmlRenderer.HtmlRendererExtension {
    private PlainTextRuns() {
    }

    static PlainTextRuns create() {
        return new PlainTextRuns();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options of its own
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** The run's characters as one string: a single copy when they lie together in the source text. */
    static String text(BasedSequence chars) {
        // A SubSequence is a contiguous stretch of its base; a run inside a block quote or a list item
        // is cut from the lines joined without their markers, which is not, and is copied the slow way.
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            return source.substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    /** Whether the text has no backslash escape or entity for flexmark to resolve. */
    static boolean hasNoEscapes(String text) {
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0;
    }

    /** Whether flexmark's escape resolution and line-break conversion would leave the text as it is. */
    static boolean needsNoResolving(String text) {
        return hasNoEscapes(text) && text.indexOf('\r') < 0;
    }

    /** {@code < > "} as flexmark escapes them in text ({@code &} never reaches here). */
    static String escape(String text) {
        StringBuilder escaped = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                if (escaped == null) {
                    escaped = new StringBuilder(text.length() + 16);
                }
                escaped.append(text, copied, i).append(entity);
                copied = i + 1;
            }
        }
        return escaped == null ? text : escaped.append(text, copied, text.length()).toString();
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
        }

        private void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = text(node.getChars());
            if (needsNoResolving(text)) {
                html.raw(escape(text));
            } else {
                context.delegateRender();
            }
        }
    }
}
