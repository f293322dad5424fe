package gazette.content.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Fits the levels of the headings an author wrote into the page's outline, so that none skips a
 * level. The page's title is its {@code h1}; an article's own headings start at {@code h2}, and in a
 * live blog the headings inside an update start at {@code h4}, below the update's {@code h3} title
 * (the introduction's start at {@code h2}).
 *
 * <p>Why: authors write {@code ### The deals} for a subhead, as the guide suggests, or {@code #} for
 * a section, and a page whose {@code h1} is followed by an {@code h3} fails the Nu HTML Checker
 * ("skipping 1 heading level") and reads badly to anyone moving through the page by headings. Within
 * each part the author's outline is kept and its gaps closed: {@code #}, {@code ####}, {@code ###},
 * {@code #} become {@code h2}, {@code h3}, {@code h3}, {@code h2}.
 */
final class HeadingLevels {
    /** The first level of an article's own headings: below the title's {@code h1}. */
    static final int ARTICLE = 2;
    /** The first level of headings inside a live update: below the update's {@code h3} title. */
    static final int INSIDE_UPDATE = 4;
    private static final int DEEPEST = 6;

    private HeadingLevels() {
    }

    /**
     * Sets the level of every heading in {@code document} but the live updates' own.
     *
     * @param updateHeadings the {@code ##} headings that start live updates (empty for an article)
     */
    static void fit(Document document, Set<Node> updateHeadings) {
        List<Heading> part = new ArrayList<>();
        int first = ARTICLE;
        for (Heading heading : headingsInOrder(document)) {
            if (updateHeadings.contains(heading)) {
                fit(part, first);
                part.clear();
                first = INSIDE_UPDATE;
            } else {
                part.add(heading);
            }
        }
        fit(part, first);
    }

    /**
     * A heading's page level is one below that of the nearest heading before it that the author gave a
     * higher level (a lower number), or the part's first level when there is none: a nested outline, as
     * the author's levels describe it, without gaps.
     */
    private static void fit(List<Heading> part, int first) {
        int[] authorLevels = new int[DEEPEST + 1]; // the open headings' levels as written, outermost first
        int[] pageLevels = new int[DEEPEST + 1];
        int open = 0;
        for (Heading heading : part) {
            int written = heading.getLevel();
            while (open > 0 && authorLevels[open - 1] >= written) {
                open--;
            }
            int level = open == 0 ? first : Math.min(pageLevels[open - 1] + 1, DEEPEST);
            heading.setLevel(level);
            authorLevels[open] = written;
            pageLevels[open] = level;
            open = Math.min(open + 1, DEEPEST);
        }
    }

    /** Every heading, in quotes and list items too, in the order they appear. */
    private static List<Heading> headingsInOrder(Node root) {
        List<Heading> found = new ArrayList<>();
        // Iterative: a body may nest quotes and lists a hundred deep (see Nesting).
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Node node = stack.remove(stack.size() - 1);
            if (node instanceof Heading heading) {
                found.add(heading);
                continue; // a heading holds only inline content
            }
            if (node instanceof Paragraph) {
                continue; // nor can a paragraph hold a heading: most of a body, not walked
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                stack.add(child);
            }
        }
        return found;
    }
}
