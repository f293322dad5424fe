package gazette.config;

import java.util.regex.Pattern;

/** A topic's id, as used in URLs ({@code topics/human-rights/}) and in front matter. */
public record TopicId(String value) implements Comparable<TopicId> {
    public static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public TopicId {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a topic id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return FORM.matcher(value).matches();
    }

    @Override
    public int compareTo(TopicId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
