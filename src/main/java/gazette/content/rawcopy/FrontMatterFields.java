package gazette.content.rawcopy;

import java.util.List;
import java.util.Optional;

/**
 * Front-matter values the editor gives on the command line ({@code --date}, {@code --source},
 * {@code --source-url}) or in a sidecar file, for what raw copy does not say. Empty ones are
 * written as marked comments for the editor, never guessed.
 *
 * @param date      {@code 2013-07-01}, {@code 2013-07-01T10:30:00+06:00} or {@code 1994-03}, as the contract allows
 * @param source    the publication
 * @param sourceUrl the original's address
 * @param topics    topic ids; empty leaves them to the keyword rules
 */
public record FrontMatterFields(Optional<String> date, Optional<String> source, Optional<String> sourceUrl,
        List<String> topics) {

    public FrontMatterFields {
        topics = List.copyOf(topics);
    }

    /** Nothing given: every field is left for the editor. */
    public static FrontMatterFields none() {
        return new FrontMatterFields(Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
