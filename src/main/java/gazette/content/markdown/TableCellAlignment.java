package gazette.content.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;

/**
 * A table column's alignment ({@code |:---:|}) as a class, {@code align-center}, that the theme's
 * style sheet aligns, instead of flexmark's {@code align="center"}: HTML5 made that attribute
 * obsolete, and the Nu HTML Checker warns about it on every cell of an aligned column.
 */
final class TableCellAlignment implements HtmlRenderer.HtmlRendererExtension {
    private TableCellAlignment() {
    }

    static TableCellAlignment create() {
        return new TableCellAlignment();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options of its own
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
                return TableCellAlignment::alignByClass;
            }
        });
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
