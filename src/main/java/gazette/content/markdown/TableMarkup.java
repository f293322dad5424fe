package gazette.content.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.util.sequence.Escaping;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;

import java.util.Set;

/**
 * Tables as a phone and the Nu HTML Checker need them.
 * <ul>
 * <li>Each table sits in a box that scrolls sideways ({@code .table-wrap}) when the table is wider
 * than the screen, instead of the whole page scrolling; the box can be focused, so a keyboard can
 * scroll it too (WCAG 2.1.1; axe's "scrollable region must have keyboard access").</li>
 * <li>A column's alignment ({@code |:---:|}) is a class, {@code align-center}, that the theme's
 * style sheet aligns, instead of flexmark's {@code align="center"}: HTML5 made that attribute
 * obsolete, and the Nu HTML Checker warns about it on every cell of an aligned column.</li>
 * <li>In a cell, {@code \|} is a pipe in code too ({@code `a\|b`} reads {@code a|b}), as GitHub's
 * tables have it: the backslash is how a cell holds a pipe at all, and flexmark kept it in code,
 * where backslashes are otherwise text.</li>
 * </ul>
 */
final class TableMarkup implements HtmlRenderer.HtmlRendererExtension {
    private TableMarkup() {
    }

    static TableMarkup create() {
        return new TableMarkup();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options of its own
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                return TableMarkup::alignByClass;
            }
        });
    }

    /** Opens the scrolling box; the table inside it is flexmark's. */
    private static final String BOX = "<div class=\"table-wrap\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">";

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TableBlock.class, this::render),
                    new NodeRenderingHandler<>(Code.class, this::code));
        }

        private void code(Code node, NodeRendererContext context, HtmlWriter html) {
            String text = node.getText().toString();
            if (!text.contains("\\|") || !node.isOrDescendantOfType(TableCell.class)) {
                context.delegateRender();
                return;
            }
            html.withAttr().tag("code");
            html.text(Escaping.collapseWhitespace(text.replace("\\|", "|"), true));
            html.tag("/code");
        }

        private void render(TableBlock node, NodeRendererContext context, HtmlWriter html) {
            html.line().raw(BOX).line();
            context.delegateRender();
            html.line().raw("</div>").line();
        }
    }

    private static void alignByClass(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell) {
            Attribute align = attributes.get("align");
            if (align != null) {
                attributes.remove("align");
                attributes.addValue("class", "align-" + align.getValue());
            }
        }
    }
}
