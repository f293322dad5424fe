package gazette.content.rawcopy;

/**
 * A line of the copy dropped as page furniture, reported so an editor can check nothing of the
 * article went with it.
 *
 * @param line 1-based line in the copy
 * @param text the line as it was, trimmed
 */
public record RemovedLine(int line, String text) {
}
