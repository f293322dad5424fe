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
 * @param labels          the words of the interface, in the site's language with its {@code labels:} over them
 */
public record SiteConfig(String title, String description, String language, BaseUrl baseUrl, ZoneId zone,
        List<Topic> topics, Optional<String> cname, int homeLatest, List<String> importFurniture, Labels labels) {

    public SiteConfig {
        topics = List.copyOf(topics);
        importFurniture = List.copyOf(importFurniture);
    }

    /** A configuration with the built-in labels of its language. */
    public SiteConfig(String title, String description, String language, BaseUrl baseUrl, ZoneId zone,
            List<Topic> topics, Optional<String> cname, int homeLatest, List<String> importFurniture) {
        this(title, description, language, baseUrl, zone, topics, cname, homeLatest, importFurniture,
                Labels.of(language, Map.of()));
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** Languages written right to left (ISO 639 codes), for a site language without a script subtag. */
    private static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw",
            "ks", "ku", "ps", "sd", "ug", "ur", "yi");
    /** Scripts written right to left (ISO 15924), when the language tag names one ({@code az-Arab}). */
    private static final java.util.Set<String> RIGHT_TO_LEFT_SCRIPTS = java.util.Set.of("Arab", "Hebr", "Thaa", "Syrc",
            "Nkoo", "Adlm", "Rohg");

    /**
     * The writing direction of the site's language, for the pages' {@code dir}: {@code rtl} for Arabic,
     * Hebrew, Persian, Urdu and the like, else {@code ltr}. A script subtag decides when there is one
     * ({@code ku-Latn} is left to right, {@code az-Arab} right to left).
     */
    public String direction() {
        Locale locale = locale();
        String script = locale.getScript();
        boolean rtl = script.isEmpty() ? RIGHT_TO_LEFT.contains(locale.getLanguage()) : RIGHT_TO_LEFT_SCRIPTS.contains(script);
        return rtl ? "rtl" : "ltr";
    }

    /**
     * The language as Open Graph's {@code og:locale} wants it, {@code language_TERRITORY} ({@code en_GB}),
     * or empty when the language names no territory: {@code ar} or {@code zh-Hans} are no such locale.
     */
    public Optional<String> openGraphLocale() {
        Locale locale = locale();
        return locale.getCountry().length() == 2 ? Optional.of(locale.getLanguage() + "_" + locale.getCountry()) : Optional.empty();
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
        return new SiteConfig(title, description, language, url, zone, topics, cname, homeLatest, importFurniture, labels);
    }
}
