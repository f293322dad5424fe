package gazette.content.rawcopy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One piece of raw copy, read: the front-matter facts the copy itself gives, and the Markdown
 * body. Nothing here is invented; what the copy does not say is empty.
 *
 * @param title        the headline, as plain text; empty when the copy starts without one
 * @param summary      the standfirst, when the copy has one that reads as such
 * @param dateline     the place line ({@code LONDON}, {@code ALMATY, Kazakhstan}, {@code LONDON (Reuters)})
 * @param author       the byline without "By" ({@code Jane Doe, Political Correspondent})
 * @param live         whether the copy is a live blog (its updates are the {@code ##} headings of the body)
 * @param markdownBody the Markdown after the front matter: no title, and no dateline at the start
 * @param report       what was found and removed, for the editor
 * @param sourceLines  for each line of {@code markdownBody} (0-based), the line of the copy it was made
 *                     from, so that a problem the build finds in the Markdown names the copy's line
 */
public record ImportedCopy(Optional<String> title, Optional<String> summary, Optional<String> dateline, Optional<String> author,
        boolean live, String markdownBody, ImportReport report, List<Integer> sourceLines) {

    public ImportedCopy {
        sourceLines = List.copyOf(sourceLines);
    }

    /** Copy whose Markdown lines are not traced to lines of a file. */
    public ImportedCopy(Optional<String> title, Optional<String> summary, Optional<String> dateline, Optional<String> author,
            boolean live, String markdownBody, ImportReport report) {
        this(title, summary, dateline, author, live, markdownBody, report, List.of());
    }

    /**
     * The news agency the dateline names ({@code Reuters} in {@code BRIGHTON, England (Reuters)}): the
     * copy's own word on where it comes from, offered as the source when the editor gives none.
     */
    public Optional<String> agency() {
        return dateline.flatMap(CopyPatterns::agency);
    }

    /**
     * The whole finding for the terminal: the kind of article, its headline and facts (the source when
     * it is the dateline's agency, the editor having given none in {@code fields}), then the report.
     */
    public List<String> describe(FrontMatterFields fields) {
        List<String> lines = new ArrayList<>();
        lines.add((live ? "live blog: " : "article: ") + title.orElse("(no headline: the first paragraph is too long for one)"));
        author.ifPresent(a -> lines.add("byline: " + a));
        dateline.ifPresent(d -> lines.add("dateline: " + d));
        if (fields.source().isEmpty()) {
            agency().ifPresent(a -> lines.add("source: " + a + " (named in the dateline; --source gives another)"));
        }
        summary.ifPresent(s -> lines.add("standfirst: " + s));
        lines.addAll(report.lines());
        return lines;
    }
}
