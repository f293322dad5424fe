package gazette.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything {@code gazette.yml} says, validated.
 *
 * @param title           the site's name
 * @param description     one sentence for the home page, feeds and search engines
 * @param language        a BCP 47 tag such as {@code en-GB}; sets {@code lang} and date formats
 * @param baseUrl         where the site is hosted
 * @param zone            the site's time zone, for day-only dates and {@code new}
 * @param topics          the topics, in the order they are shown
 * @param cname           a custom domain for GitHub Pages, written to {@code CNAME}
 * @param homeLatest      how many items the home page lists
 * @param importFurniture extra regular expressions for page-furniture lines dropped from raw copy
 */
public record SiteConfig(String title, String description, String language, BaseUrl baseUrl, ZoneId zone,
        List<Topic> topics, Optional<String> cname, int homeLatest, List<String> importFurniture) {

    public SiteConfig {
        topics = List.copyOf(topics);
        importFurniture = List.copyOf(importFurniture);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public Optional<Topic> topic(TopicId id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Map<TopicId, Topic> topicsById() {
        return topics.stream().collect(Collectors.toMap(Topic::id, Function.identity()));
    }

    public String topicIds() {
        return topics.stream().map(t -> t.id().value()).collect(Collectors.joining(", "));
    }

    /** What to say after an unknown topic: the ids the configuration defines, or that it defines none. */
    public String topicHint() {
        return topics.isEmpty() ? "the configuration defines no topics" : "known: " + topicIds();
    }

    /** The same site hosted elsewhere, for {@code --base-url}. */
    public SiteConfig withBaseUrl(BaseUrl url) {
        return new SiteConfig(title, description, language, url, zone, topics, cname, homeLatest, importFurniture);
    }
}
