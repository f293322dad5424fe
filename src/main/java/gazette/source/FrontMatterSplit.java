package gazette.source;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;

/**
 * The front matter block of a Markdown file: YAML between a first line {@code ---} and the next
 * line that is {@code ---} (or {@code ...}), then the body.
 *
 * @param yaml     the YAML text, starting on line 2 of the file
 * @param body     everything after the closing line
 * @param bodyLine the 1-based line the body starts on
 */
record FrontMatterSplit(String yaml, String body, int bodyLine) {

    static FrontMatterSplit of(String relPath, String text) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            String hint = text.isBlank() ? "the file is empty" : "start the file with a line '---', the YAML keys, then '---'";
            throw new BuildFailure(Problem.error(relPath, 1, 1, "missing front matter", hint));
        }
        int start = 4;
        int lineNo = 2;
        int pos = start;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            String trimmed = line.stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatterSplit(text.substring(start, pos), body, lineNo + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            lineNo++;
        }
        throw new BuildFailure(Problem.error(relPath, 1, 1, "front matter is not closed", "end it with a line '---'"));
    }
}
