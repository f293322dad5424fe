package gazette.content;

/** A place in a source file, kept on the model where a later stage may have to report it. */
public record Position(String file, int line, int column) {
}
