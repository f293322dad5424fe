package gazette.content.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * For tests that compare one of Gazette's stand-ins for a flexmark renderer with flexmark's own:
 * the HTML of a document with the site's extensions (tables, footnotes, raw HTML escaped), with or
 * without the stand-in, and random documents to compare them on.
 */
final class FlexmarkAlone {
    private FlexmarkAlone() {
    }

    /** The HTML flexmark makes of {@code markdown}, with {@code standIn} added when it is not null. */
    static String html(String markdown, Extension standIn) {
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), FootnoteExtension.create()));
        if (standIn != null) {
            extensions.add(standIn);
        }
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, extensions).set(HtmlRenderer.ESCAPE_HTML, true);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
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
