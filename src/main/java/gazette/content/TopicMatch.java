package gazette.content;

import gazette.config.TopicId;

import java.util.List;

/**
 * Why a keyword rule gave a topic: the words of the topic's keyword list found in the text.
 *
 * @param topic the topic assigned
 * @param words the keywords that matched, in first-seen order
 */
public record TopicMatch(TopicId topic, List<String> words) {
    public TopicMatch {
        words = List.copyOf(words);
    }
}
