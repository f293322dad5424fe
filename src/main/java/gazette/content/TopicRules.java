package gazette.content;

import gazette.config.SiteConfig;
import gazette.config.Topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The keyword rules of {@code gazette.yml}: a text gets a topic when one of the topic's keywords
 * occurs in it as a whole word or phrase, in any case. One pattern per topic, compiled once per build.
 */
public final class TopicRules {
    private final List<Rule> rules;

    private record Rule(Topic topic, Pattern pattern) {
    }

    public TopicRules(SiteConfig config) {
        List<Rule> list = new ArrayList<>();
        for (Topic topic : config.topics()) {
            if (topic.keywords().isEmpty()) {
                continue;
            }
            // Longest first, so "human rights abuses" wins over "human rights" in the explanation.
            String alternatives = topic.keywords().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .map(k -> Pattern.quote(k).replace(" ", "\\E\\s+\\Q"))
                    .collect(Collectors.joining("|"));
            Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            list.add(new Rule(topic, pattern));
        }
        this.rules = List.copyOf(list);
    }

    /** Every topic whose keywords occur in {@code text}, in config order, with the words that matched. */
    public List<TopicMatch> match(String text) {
        List<TopicMatch> matches = new ArrayList<>();
        for (Rule rule : rules) {
            Set<String> words = new LinkedHashSet<>();
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
            if (!words.isEmpty()) {
                matches.add(new TopicMatch(rule.topic().id(), List.copyOf(words)));
            }
        }
        return matches;
    }
}
