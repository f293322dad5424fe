package gazette.render;

import gazette.config.TopicId;
import gazette.content.Article;
import gazette.content.LiveUpdate;
import gazette.site.Site;
import gazette.site.SitePaths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the search page loads: one document per article and one per live update, so a result
 * can link straight to {@code article#update}. Paths are relative to the site root, so the index
 * works under any sub-path.
 */
final class SearchIndex {
    static final String PATH = "search/index.json";
    /** Enough text to find an article by any word of it, without shipping whole pages. */
    private static final int TEXT_LIMIT = 2000;

    private SearchIndex() {
    }

    static OutputFile file(Site site) {
        List<Object> docs = new ArrayList<>();
        for (Article a : site.articles()) {
            docs.add(doc(SitePaths.article(a.slug()), a.title(), null, a.date().display(site.config().locale()),
                    a.topics(), a.text()));
            for (LiveUpdate u : a.updates()) {
                docs.add(doc(SitePaths.update(a.slug(), u.id()), u.title(), a.title(),
                        u.date().map(d -> d.display(site.config().locale())).orElse(null), u.topics(), u.text()));
            }
        }
        Map<String, Object> index = new LinkedHashMap<>();
        List<Object> topics = new ArrayList<>();
        site.config().topics().forEach(t -> {
            Map<String, Object> topic = new LinkedHashMap<>();
            topic.put("id", t.id().value());
            topic.put("title", t.title());
            topics.add(topic);
        });
        index.put("topics", topics);
        index.put("docs", docs);
        return OutputFile.text(PATH, Json.write(index));
    }

    private static Map<String, Object> doc(String path, String title, String article, String date, List<TopicId> topics,
            String text) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("path", path);
        d.put("title", title);
        d.put("article", article);
        d.put("date", date);
        d.put("topics", topics.stream().map(TopicId::value).toList());
        String clean = text.replaceAll("\\s+", " ").trim();
        d.put("text", clean.length() > TEXT_LIMIT ? clean.substring(0, TEXT_LIMIT) : clean);
        return d;
    }
}
