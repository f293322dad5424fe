package gazette.site;

import gazette.config.TopicId;
import gazette.content.Slug;

/**
 * Where each page lives, relative to the site root and without a leading slash. Folder pages end
 * in {@code /}; their file is {@code index.html} inside. The one place URLs are made.
 */
public final class SitePaths {
    public static final String HOME = "";
    public static final String TIMELINE = "timeline/";
    public static final String TOPICS = "topics/";
    public static final String SEARCH = "search/";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";

    private SitePaths() {
    }

    public static String article(Slug slug) {
        return "articles/" + slug.value() + "/";
    }

    /** A live blog's own feed, one entry per update: {@code articles/SLUG/feed.xml}. */
    public static String articleFeed(Slug slug) {
        return article(slug) + "feed.xml";
    }

    public static String update(Slug slug, String updateId) {
        return article(slug) + "#" + updateId;
    }

    public static String topic(TopicId id) {
        return TOPICS + id.value() + "/";
    }

    public static String topicFeed(TopicId id) {
        return topic(id) + "feed.xml";
    }

    public static String taxonomy(String kind) {
        return kind + "/";
    }

    public static String term(String kind, String termSlug) {
        return kind + "/" + termSlug + "/";
    }

    /** The file that serves a page path: {@code articles/x/} is {@code articles/x/index.html}. */
    public static String file(String pagePath) {
        return pagePath.isEmpty() || pagePath.endsWith("/") ? pagePath + "index.html" : pagePath;
    }

    /** How to get from a page to the site root by a relative link: {@code ../../} from {@code articles/x/}. */
    public static String rootFrom(String pagePath) {
        String file = file(pagePath);
        int depth = (int) file.chars().filter(c -> c == '/').count();
        return depth == 0 ? "./" : "../".repeat(depth);
    }
}
