package gazette.render;

import gazette.content.Html;

import java.util.List;

/**
 * The records templates see: every value already formatted, every link a path from the site root
 * (templates put {@code ${root}} before it, so links are relative and work under any sub-path).
 * Optional values are {@code null} when absent, which templates test with {@code ??}.
 */
public final class Views {
    private Views() {
    }

    /** A date: {@code iso} for {@code <time datetime>}, {@code text} for readers. */
    public record DateView(String iso, String text) {
    }

    /** A topic, tag, person or place link with how many items it has. */
    public record TermLink(String id, String title, String path, int count) {
    }

    /** An article in a list. */
    public record Card(String title, String path, DateView date, String summary, List<TermLink> topics, boolean live,
            int updateCount, String source) {
        public Card {
            topics = List.copyOf(topics);
        }
    }

    /** A live update on its article page. */
    public record UpdateView(String id, String title, Html titleHtml, DateView date, List<TermLink> topics, Html body) {
        public UpdateView {
            topics = List.copyOf(topics);
        }
    }

    /** A live update in a topic's list. */
    public record UpdateCard(String title, String path, DateView date, String articleTitle, String articlePath) {
    }

    public record EventView(DateView date, String title) {
    }

    /** A whole article page; {@code standfirst} is the summary when the body does not already start with it, else null. */
    public record ArticleView(String title, String path, DateView date, DateView updated, String standfirst, String source,
            String sourceUrl, String author, String dateline, boolean live, Html body, List<UpdateView> updates,
            List<EventView> events, List<TermLink> topics, List<TermLink> tags, List<TermLink> people,
            List<TermLink> places) {
        public ArticleView {
            updates = List.copyOf(updates);
            events = List.copyOf(events);
            topics = List.copyOf(topics);
            tags = List.copyOf(tags);
            people = List.copyOf(people);
            places = List.copyOf(places);
        }
    }

    /** One timeline line: {@code date} is null for an undated update, which shows {@code between} instead. */
    public record TimelineItem(String kind, DateView date, String between, String title, String path,
            String articleTitle) {
    }

    public record TimelineYearView(int year, List<TimelineItem> items) {
        public TimelineYearView {
            items = List.copyOf(items);
        }
    }

    /** A topic with its coverage, for the topic index and the topic page. */
    public record TopicView(String id, String title, String description, String path, String feedPath,
            List<Card> articles, List<UpdateCard> updates) {
        public TopicView {
            articles = List.copyOf(articles);
            updates = List.copyOf(updates);
        }
    }

    /** A tag, person or place page. */
    public record TermView(String kind, String singular, String name, String path, String indexPath, List<Card> articles) {
        public TermView {
            articles = List.copyOf(articles);
        }
    }

    /** A taxonomy's index page. */
    public record TaxonomyView(String kind, String title, String path, List<TermLink> terms) {
        public TaxonomyView {
            terms = List.copyOf(terms);
        }
    }

    /**
     * What every page's head needs.
     *
     * @param title       the document title
     * @param heading     the page's own title, without the site name
     * @param description meta description
     * @param path        this page's path from the site root
     * @param canonical   absolute URL of this page, or null for a page with no address of its own (404)
     * @param ogType      {@code article} or {@code website}
     * @param jsonLd      JSON-LD, safe inside a script element, or null
     * @param feedPath    the feed to advertise, or null for the site feed
     * @param section     which navigation item is current
     * @param image       an article page's first picture, at its absolute address ({@link LeadImage}), or null
     * @param imageAlt    that picture's text alternative, or null
     */
    public record PageMeta(String title, String heading, String description, String path, String canonical,
            String ogType, Html jsonLd, String feedPath, String section, String image, String imageAlt) {
        /**
         * This page as one with no address of its own: GitHub Pages serves 404.html for every missing
         * address, and a canonical link there would name 404.html as the page each of them stands for.
         */
        public PageMeta withoutAddress() {
            return new PageMeta(title, heading, description, path, null, ogType, jsonLd, feedPath, section, image, imageAlt);
        }
    }

    /**
     * The site; {@code ogLocale} is empty when the language names no territory ({@link gazette.config.SiteConfig#openGraphLocale});
     * {@code scriptLabels} is the JSON of search.js's and live.js's messages when they are not their built-in English, else null.
     */
    public record SiteView(String title, String description, String language, String ogLocale, String direction, String baseUrl,
            String basePath, List<TermLink> topics, String feedPath, String searchPath, Html scriptLabels) {
        public SiteView {
            topics = List.copyOf(topics);
        }
    }

    /** An entry of an Atom feed; {@code html} is printed escaped, as Atom's {@code type="html"} wants. */
    public record FeedEntry(String id, String title, String url, String published, String updated, String summary,
            String html, String author, List<String> categories) {
        public FeedEntry {
            categories = List.copyOf(categories);
        }
    }

    public record SitemapEntry(String url, String lastmod) {
    }
}
