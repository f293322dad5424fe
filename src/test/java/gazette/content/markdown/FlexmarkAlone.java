package gazette.content.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * For tests that compare Gazette's Markdown with flexmark's own: flexmark's HTML renderer set up as
 * Gazette's was before {@link BodyHtml} replaced it, and random documents to compare them on.
 */
final class FlexmarkAlone {
    private FlexmarkAlone() {
    }

    /**
     * Renders Gazette's character references in flexmark's renderer as flexmark renders its own entity
     * node: flexmark looks a node's renderer up by its exact class, and leaves out a node it has none for.
     */
    static Extension characterReferences() {
        return new CharacterReferenceRendering();
    }

    private static final class CharacterReferenceRendering implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
            // no options of its own
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> () -> Set.of(new NodeRenderingHandler<>(
                    CharacterReferences.CharacterReference.class, (node, context, html) -> html.text(node.getChars().unescape()))));
        }
    }

    /** Options for Gazette's parser, and for flexmark's renderer as Gazette configured it. */
    static MutableDataSet gazetteOptions() {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), characterReferences()))
                .set(LinearInlineParser.SPACES_IN_POINTY_DESTINATIONS, true)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(TablesExtension.WITH_CAPTION, false)
                .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back");
    }

    /** Gazette's parser, without the autolink extension. */
    static Parser gazetteParser() {
        MutableDataSet options = gazetteOptions();
        return CoreBlockParserFilter.install(LinearInlineParser.install(Parser.builder(options), options)).build();
    }

    /** Flexmark's renderer with Gazette's options and heading ids ({@link HeadingIds}). */
    static HtmlRenderer gazetteConfiguredRenderer() {
        return HtmlRenderer.builder(gazetteOptions()).htmlIdGeneratorFactory(new HeaderIdGeneratorFactory() {
            @Override
            public HtmlIdGenerator create(LinkResolverContext context) {
                return new HeadingIds();
            }

            @Override
            public HtmlIdGenerator create() {
                return new HeadingIds();
            }
        }).build();
    }

    /**
     * Up to {@code lines} lines, each of up to {@code parts - 1} random pieces; with {@code blankEvery}
     * above 0, about one line in that many ends a paragraph (a blank line follows).
     */
    static String randomDocument(Random random, String[] pieces, int lines, int parts, int blankEvery) {
        StringBuilder markdown = new StringBuilder();
        for (int line = random.nextInt(lines); line >= 0; line--) {
            for (int part = random.nextInt(parts); part > 0; part--) {
                markdown.append(pieces[random.nextInt(pieces.length)]);
            }
            markdown.append(blankEvery > 0 && random.nextInt(blankEvery) == 0 ? "\n\n" : "\n");
        }
        return markdown.toString();
    }
}
