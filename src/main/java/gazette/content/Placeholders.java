package gazette.content;

import java.util.List;
import java.util.OptionalInt;

/**
 * The sentences {@code gazette new} writes where the article's text goes. They read as text, so an
 * article committed before they were replaced would be published with them (the Pages workflow
 * deploys every push); the build warns where one is left.
 */
public final class Placeholders {
    public static final String ARTICLE =
            "Write the article here. The first paragraph is its summary unless you set summary: above.";
    public static final String LIVE_INTRO = "Write the introduction here: what this live blog follows.";
    public static final String LIVE_UPDATE =
            "Write the update here. Put newer updates above this one, each under its own ## heading.";
    /** How each placeholder starts: one cut down to its first words is still one. */
    private static final List<String> ALL = List.of("Write the article here", "Write the introduction here",
            "Write the update here");

    private Placeholders() {
    }

    /** Where the first placeholder left in {@code body} starts. */
    public static OptionalInt firstIn(String body) {
        int first = -1;
        for (String placeholder : ALL) {
            int at = body.indexOf(placeholder);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first < 0 ? OptionalInt.empty() : OptionalInt.of(first);
    }
}
