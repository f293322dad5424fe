package gazette.content.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids of an article's headings: flexmark's (the heading's words, lower case, joined by dashes;
 * "-1", "-2" for a repeat), except that no id is given twice on the page. Flexmark's own generator
 * gave a heading "Main" the id of the page's {@code <main id="main">}, which the skip link then
 * reached instead; "Fn 1" the id of the first footnote; and a third heading "A-1" after two "A" the
 * id of the second. An id the theme uses ({@link #taken}), a footnote's, or one given already gets
 * the next free number.
 *
 * <p>A heading may name its own id, {@code ### Details {#details}}, as a live update's can: the
 * braces leave its text and the id is kept as written unless the page has it already ({@link #pin}).
 */
public final class HeadingIds implements HtmlIdGenerator {
    /** Ids the article page's template gives to elements of its own ({@code templates/article.ftlh}, {@code layout.ftlh}). */
    private static final Set<String> THEME_IDS = Set.of("main", "top", "content", "updates", "footnotes",
            "updates-heading", "events-heading");
    /**
     * An id written at the end of a heading's text: {@code {#arrival}}, {@code {#прибытие}}: a letter of
     * any script, then letters, marks, digits, {@code -} or {@code _}, as the ids made from headings are.
     */
    static final Pattern PINNED_ID = Pattern.compile("\\s*\\{#(\\p{L}[\\p{L}\\p{M}\\p{N}_-]*)}\\s*$");

    /** Whether an article page's template has an element with this id, whatever the article says. */
    public static boolean taken(String id) {
        return THEME_IDS.contains(id);
    }

    /**
     * Takes an id written at the end of a heading, {@code {#id}}, out of its text and makes it the
     * heading's id, for every heading {@code skip} does not name (a live update's heading keeps its
     * own way: see {@link MarkdownRenderer}).
     */
    static void pin(Document document, Predicate<Node> skip) {
        eachBlock(document, block -> {
            if (!(block instanceof Heading heading) || skip.test(heading) || !(heading.getLastChild() instanceof Text last)) {
                return;
            }
            Matcher m = PINNED_ID.matcher(last.getChars());
            if (m.find() && (m.start() > 0 || last.getPrevious() != null)) {
                last.setChars(last.getChars().subSequence(0, m.start()));
                heading.setAnchorRefId(m.group(1));
            }
        });
    }

    /**
     * Every block of {@code parent}, in document order, and the blocks inside them: a heading or a
     * footnote is never inside a paragraph, so the inline nodes, most of a document, are not visited.
     */
    private static void eachBlock(Node parent, Consumer<Node> action) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Block) {
                action.accept(child);
                if (!(child instanceof Paragraph) && !(child instanceof Heading)) {
                    eachBlock(child, action);
                }
            }
        }
    }

    /**
     * The id of a heading with no letters or digits ({@code ## 🔥}, {@code ## !!!}), as a live update's
     * is "update": the first had none, the next "-1" and "-2".
     */
    static final String NO_WORDS = "section";

    private String toDash = HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.getDefaultValue();
    private String nonDash = HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.getDefaultValue();
    private boolean noDupedDashes;
    private boolean nonAsciiToLowercase;

    @Override
    public void generateIds(Document document) {
        toDash = HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(document);
        nonDash = HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(document);
        noDupedDashes = HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES.get(document);
        nonAsciiToLowercase = HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.get(document);
        List<Heading> headings = new ArrayList<>();
        Set<String> given = new HashSet<>();
        eachBlock(document, block -> {
            if (block instanceof Heading heading) {
                headings.add(heading);
            } else if (block instanceof FootnoteBlock note && note.isReferenced()) {
                given.addAll(footnoteIds(note));
            }
        });
        Map<String, Integer> repeats = new HashMap<>();
        // Pinned ids first: they were chosen, so they keep their letters wherever the heading is.
        for (Heading heading : headings) {
            if (!heading.getAnchorRefId().isEmpty()) {
                heading.setAnchorRefId(free(heading.getAnchorRefId(), given, repeats));
            }
        }
        for (Heading heading : headings) {
            String text = heading.getAnchorRefText();
            if (heading.getAnchorRefId().isEmpty() && !text.isEmpty()) {
                String id = getId(text);
                heading.setAnchorRefId(free(id.isEmpty() ? NO_WORDS : id, given, repeats));
            }
        }
    }

    /**
     * The ids flexmark gives a footnote: {@code fn-1} to the note, {@code fnref-1} to its first marker
     * and {@code fnref-1-1}, {@code fnref-1-2} to the markers after it.
     */
    private static List<String> footnoteIds(FootnoteBlock note) {
        List<String> ids = new ArrayList<>();
        int ordinal = note.getFootnoteOrdinal();
        ids.add("fn-" + ordinal);
        ids.add("fnref-" + ordinal);
        for (int again = 1; again < note.getFootnoteReferences(); again++) {
            ids.add("fnref-" + ordinal + "-" + again);
        }
        return ids;
    }

    /** {@code base}, or the first of {@code base-1}, {@code base-2}, ... that is neither given nor {@link #taken}; then given. */
    private static String free(String base, Set<String> given, Map<String, Integer> repeats) {
        String id = base;
        int n = repeats.getOrDefault(base, 0);
        while (given.contains(id) || taken(id)) {
            n++;
            id = base + "-" + n;
        }
        repeats.put(base, n);
        given.add(id);
        return id;
    }

    @Override
    public String getId(Node node) {
        return node instanceof Heading heading ? heading.getAnchorRefId() : null;
    }

    /** The id {@code text} makes before repeats are counted. */
    @Override
    public String getId(CharSequence text) {
        return HeaderIdGenerator.generateId(text, toDash, nonDash, noDupedDashes, nonAsciiToLowercase);
    }
}
