package gazette.render;

import gazette.config.SiteConfig;
import gazette.content.Article;
import gazette.content.LiveUpdate;
import gazette.content.NewsDate;
import gazette.render.Views.FeedEntry;
import gazette.site.SitePaths;
import gazette.site.TopicCoverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Atom feeds: the whole site's and one per topic, the newest {@value #SIZE} articles each, with
 * absolute URLs (feed readers resolve nothing, links in the text included: {@link AbsoluteLinks}) and the full text, live updates included; and one
 * per live blog, its newest updates.
 */
final class FeedWriter {
    static final int SIZE = 20;
    private final SiteConfig config;
    private final TemplateEngine templates;
    /** Dates in the order they happened; a day or month starts at midnight in the site's zone. */
    private final Comparator<NewsDate> byStart;

    FeedWriter(SiteConfig config, TemplateEngine templates) {
        this.config = config;
        this.templates = templates;
        this.byStart = Comparator.comparing(d -> d.start(config.zone()));
    }

    OutputFile siteFeed(List<Article> newestFirst) {
        return feed(SitePaths.FEED, config.title(), config.description(), SitePaths.HOME, newestFirst);
    }

    OutputFile topicFeed(TopicCoverage coverage) {
        return feed(SitePaths.topicFeed(coverage.topic().id()), pageTitle(coverage.topic().title()),
                coverage.topic().description(), SitePaths.topic(coverage.topic().id()), coverage.articles());
    }

    /**
     * A live blog's own feed: its newest {@value #SIZE} updates, one entry each, so a feed reader
     * shows each update as it is published rather than the whole blog as one changed entry. Atom
     * needs an {@code <updated>} on every entry; an update without a time takes the date of the update
     * before it (or the blog's own), the latest it is known to be no earlier than, and has no
     * {@code <published>} (optional in Atom): the page says its time is not given, and the feed does
     * not make one up.
     */
    OutputFile liveBlogFeed(Article blog) {
        List<LiveUpdate> updates = blog.updates(); // newest first, as published
        NewsDate[] when = new NewsDate[updates.size()];
        NewsDate before = blog.date();
        for (int i = updates.size() - 1; i >= 0; i--) {
            before = updates.get(i).date().orElse(before);
            when[i] = before;
        }
        int shown = Math.min(SIZE, updates.size());
        List<FeedEntry> entries = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            entries.add(entry(blog, updates.get(i), when[i], updates.get(i).date().isPresent()));
        }
        NewsDate updated = Stream.concat(Stream.of(blog.lastModified(config.zone())), Arrays.stream(when, 0, shown))
                .max(byStart).orElseThrow();
        return feed(SitePaths.articleFeed(blog.slug()), pageTitle(blog.title()), blog.summary(),
                SitePaths.article(blog.slug()), entries, updated.rfc3339(config.zone()));
    }

    private OutputFile feed(String path, String title, String subtitle, String pagePath, List<Article> newestFirst) {
        List<Article> shown = newestFirst.subList(0, Math.min(SIZE, newestFirst.size()));
        List<FeedEntry> entries = shown.stream().map(this::entry).toList();
        // The feed changes when its newest entry does, never with the clock, so builds are reproducible.
        String updated = shown.stream().map(a -> a.lastModified(config.zone())).max(byStart).map(d -> d.rfc3339(config.zone()))
                .orElse("1970-01-01T00:00:00Z");
        return feed(path, title, subtitle, pagePath, entries, updated);
    }

    private OutputFile feed(String path, String title, String subtitle, String pagePath, List<FeedEntry> entries, String updated) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("subtitle", subtitle);
        m.put("id", config.baseUrl().resolve(path));
        m.put("self", config.baseUrl().resolve(path));
        m.put("alternate", config.baseUrl().resolve(pagePath));
        m.put("updated", updated);
        m.put("language", config.language());
        m.put("entries", entries);
        m.put("label", config.labels());
        return OutputFile.text(path, templates.render(PageTemplate.FEED.fileName(), m));
    }

    /** A feed's title as its page's: "Trade – Gazette", in the site's language. */
    private String pageTitle(String page) {
        return config.labels().format("page.title", Map.of("page", page, "site", config.title()));
    }

    /**
     * One update of a live blog, with its anchor on the blog's page as its address and id.
     *
     * @param dated whether {@code date} is the update's own; if not, the entry has no published date
     */
    private FeedEntry entry(Article blog, LiveUpdate u, NewsDate date, boolean dated) {
        String url = config.baseUrl().resolve(SitePaths.update(blog.slug(), u.id()));
        String when = date.rfc3339(config.zone());
        List<String> categories = u.topics().stream().map(t -> t.value()).toList();
        return new FeedEntry(url, u.title(), url, dated ? when : "", when, "", AbsoluteLinks.in(u.body().value(), url),
                blog.author().or(blog::source).orElse(config.title()), categories);
    }

    private FeedEntry entry(Article a) {
        String url = config.baseUrl().resolve(SitePaths.article(a.slug()));
        StringBuilder html = new StringBuilder(a.body().value());
        for (LiveUpdate u : a.updates()) {
            html.append("<h2>").append(u.titleHtml().value()).append("</h2>\n");
            u.date().ifPresent(d -> html.append("<p><time datetime=\"").append(d.iso()).append("\">")
                    .append(d.display(config.locale(), config.zone())).append("</time></p>\n"));
            html.append(u.body().value());
        }
        List<String> categories = a.topics().stream().map(t -> t.value()).toList();
        return new FeedEntry(url, a.title(), url, a.date().rfc3339(config.zone()),
                a.lastModified(config.zone()).rfc3339(config.zone()), a.summary(), AbsoluteLinks.in(html.toString(), url), a.author().or(a::source).orElse(config.title()), categories);
    }
}
