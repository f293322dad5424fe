package gazette.render;

import gazette.config.SiteConfig;
import gazette.content.Article;
import gazette.content.LiveUpdate;
import gazette.render.Views.FeedEntry;
import gazette.site.SitePaths;
import gazette.site.TopicCoverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Atom feeds: the whole site's and one per topic, the newest {@value #SIZE} articles each, with
 * absolute URLs (feed readers resolve nothing) and the full text, live updates included.
 */
final class FeedWriter {
    static final int SIZE = 20;
    private final SiteConfig config;
    private final TemplateEngine templates;

    FeedWriter(SiteConfig config, TemplateEngine templates) {
        this.config = config;
        this.templates = templates;
    }

    OutputFile siteFeed(List<Article> newestFirst) {
        return feed(SitePaths.FEED, config.title(), config.description(), SitePaths.HOME, newestFirst);
    }

    OutputFile topicFeed(TopicCoverage coverage) {
        return feed(SitePaths.topicFeed(coverage.topic().id()), coverage.topic().title() + " – " + config.title(),
                coverage.topic().description(), SitePaths.topic(coverage.topic().id()), coverage.articles());
    }

    private OutputFile feed(String path, String title, String subtitle, String pagePath, List<Article> newestFirst) {
        List<Article> shown = newestFirst.subList(0, Math.min(SIZE, newestFirst.size()));
        List<FeedEntry> entries = shown.stream().map(this::entry).toList();
        // The feed changes when its newest entry does, never with the clock, so builds are reproducible.
        String updated = shown.stream().map(Article::lastModified)
                .max(java.util.Comparator.comparing(d -> d.start(config.zone()))).map(d -> d.rfc3339(config.zone()))
                .orElse("1970-01-01T00:00:00Z");
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("subtitle", subtitle);
        m.put("id", config.baseUrl().resolve(path));
        m.put("self", config.baseUrl().resolve(path));
        m.put("alternate", config.baseUrl().resolve(pagePath));
        m.put("updated", updated);
        m.put("language", config.language());
        m.put("entries", entries);
        return OutputFile.text(path, templates.render(PageTemplate.FEED.fileName(), m));
    }

    private FeedEntry entry(Article a) {
        String url = config.baseUrl().resolve(SitePaths.article(a.slug()));
        StringBuilder html = new StringBuilder(a.body().value());
        for (LiveUpdate u : a.updates()) {
            html.append("<h2>").append(u.titleHtml().value()).append("</h2>\n");
            u.date().ifPresent(d -> html.append("<p><time datetime=\"").append(d.iso()).append("\">")
                    .append(d.display(config.locale())).append("</time></p>\n"));
            html.append(u.body().value());
        }
        List<String> categories = a.topics().stream().map(t -> t.value()).toList();
        return new FeedEntry(url, a.title(), url, a.date().rfc3339(config.zone()), a.lastModified().rfc3339(config.zone()),
                a.summary(), html.toString(), a.author().or(a::source).orElse(config.title()), categories);
    }
}
