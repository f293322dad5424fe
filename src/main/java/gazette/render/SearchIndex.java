package gazette.render;

import gazette.config.SiteConfig;
import gazette.config.TopicId;
import gazette.content.Article;
import gazette.content.LiveUpdate;
import gazette.content.PlainText;
import gazette.site.Site;
import gazette.site.SitePaths;
import gazette.source.Fingerprint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The document store the search page loads: one entry per article with its live updates nested
 * inside, so a result can link straight to {@code article#update}. The browser builds the lunr
 * index from it (see {@code templates/assets/search.js}); shipping documents rather than a
 * serialised lunr index keeps the file several times smaller and needs no JavaScript at build time.
 *
 * <pre>{"topics": [{"id", "title"}],
 *  "articles": [{"path", "title", "date", "topics", "text", "updates": [{"id", "title", "date", "topics", "text"}]}]}</pre>
 *
 * Paths are relative to the site root, so the index works under any sub-path. Keys without a
 * value (no date, no updates) are left out.
 */
final class SearchIndex {
    static final String PATH = "search/index.json";
    /**
     * How much text the index carries in all, shared between its documents: a small site ships its
     * whole text, a large one each document's lead. News copy puts its facts first, so the lead is
     * what a reader searches for, and the file grows with the number of documents, not with the
     * length of the copy.
     */
    static final int TEXT_BUDGET = 1_000_000;
    /** Never less than this per document (a standfirst and a sentence or two)... */
    static final int MIN_TEXT = 400;
    /** ...nor more (the first screens of a long article). */
    static final int MAX_TEXT = 4000;

    private SearchIndex() {
    }

    /** The search data file, with the documents it was made of by article key, for the next build. */
    record Made(OutputFile file, SearchDocs docs) {
    }

    /**
     * The file: the index's head, then the articles' documents (UTF-8, each made once and kept in
     * the cache) joined by commas, copied into one array, as {@code serve} rewrites it on every edit.
     * A document the last build made for the same article key and text limit is taken from {@code known}.
     */
    static Made file(Site site, ViewCache cache, Function<Article, Fingerprint.Value> articleKeys, SearchDocs known) {
        SiteConfig config = site.config();
        int limit = limit(site);
        String empty = Json.write(index(site, List.of()));
        // The articles are the last key, so the file is the empty index with the documents put into its "[]".
        byte[] head = empty.substring(0, empty.length() - 2).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "]}".getBytes(StandardCharsets.UTF_8);
        List<byte[]> docs = new ArrayList<>(site.articles().size());
        Map<Fingerprint.Value, byte[]> byKey = new HashMap<>();
        int size = head.length + tail.length + Math.max(0, site.articles().size() - 1);
        for (Article a : site.articles()) {
            Fingerprint.Value key = articleKeys.apply(a);
            byte[] doc = known.get(key, limit);
            if (doc == null) {
                doc = cache.searchDoc(a, limit, () -> articleJson(a, limit, config));
            }
            if (key != null) {
                byKey.put(key, doc);
            }
            docs.add(doc);
            size += doc.length;
        }
        byte[] out = new byte[size];
        System.arraycopy(head, 0, out, 0, head.length);
        int at = head.length;
        for (int i = 0; i < docs.size(); i++) {
            if (i > 0) {
                out[at++] = ',';
            }
            System.arraycopy(docs.get(i), 0, out, at, docs.get(i).length);
            at += docs.get(i).length;
        }
        System.arraycopy(tail, 0, out, at, tail.length);
        return new Made(new OutputFile(PATH, out), new SearchDocs(limit, byKey));
    }

    /**
     * A fingerprint of what {@link #file} would write. Each article's document is a function of the
     * article, the text limit, the locale and the zone, so for one build, where the caller knows a key for
     * every article (its source file's fingerprint with the settings), that key stands for its
     * document and no document is made. Otherwise, and when the cache lasts ({@code serve}, whose
     * edits then re-make only their own document), the documents are made once, kept in the cache,
     * and fingerprinted.
     */
    static Fingerprint.Value key(Site site, ViewCache cache, Function<Article, Fingerprint.Value> articleKeys) {
        SiteConfig config = site.config();
        int limit = limit(site);
        Fingerprint f = new Fingerprint().add(Json.write(index(site, List.of()))).add(site.articles().size()).add(limit)
                .add(config.locale().toLanguageTag()).add(config.zone().getId());
        List<Fingerprint.Value> keys = cache.lasting() ? null : everyKey(site, articleKeys);
        if (keys != null) {
            f.tag(1);
            keys.forEach(f::add);
            return f.value();
        }
        f.tag(2);
        for (Article a : site.articles()) {
            f.add(cache.searchDocPrint(a, limit, () -> articleJson(a, limit, config)));
        }
        return f.value();
    }

    /** Every article's key, or null when one is not known. */
    private static List<Fingerprint.Value> everyKey(Site site, Function<Article, Fingerprint.Value> articleKeys) {
        List<Fingerprint.Value> keys = new ArrayList<>(site.articles().size());
        for (Article a : site.articles()) {
            Fingerprint.Value key = articleKeys.apply(a);
            if (key == null) {
                return null;
            }
            keys.add(key);
        }
        return keys;
    }

    private static int limit(Site site) {
        int docs = site.articles().stream().mapToInt(a -> 1 + a.updates().size()).sum();
        return Math.max(MIN_TEXT, Math.min(MAX_TEXT, TEXT_BUDGET / Math.max(1, docs)));
    }

    private static Map<String, Object> index(Site site, List<Object> articles) {
        List<Object> topics = new ArrayList<>();
        site.config().topics().forEach(t -> {
            Map<String, Object> topic = new LinkedHashMap<>();
            topic.put("id", t.id().value());
            topic.put("title", t.title());
            topics.add(topic);
        });
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("topics", topics);
        index.put("articles", articles);
        return index;
    }

    private static String articleJson(Article a, int limit, SiteConfig config) {
        return Json.write(articleDoc(a, limit, config));
    }

    /** One article's document, with its live updates. */
    private static Map<String, Object> articleDoc(Article a, int limit, SiteConfig config) {
        // A live blog's own text repeats its updates, which are documents of their own: its standfirst is enough.
        String text = a.isLive() ? a.summary() : withoutTitle(a.text().toString(), a.title());
        Map<String, Object> doc = doc(a.title(), a.date().display(config.locale(), config.zone()), a.topics(), lead(text, limit));
        doc.put("path", SitePaths.article(a.slug()));
        List<Object> updates = new ArrayList<>();
        for (LiveUpdate u : a.updates()) {
            Map<String, Object> update = doc(u.title(), u.date().map(d -> d.display(config.locale(), config.zone())).orElse(null),
                    u.topics(), lead(withoutTitle(u.text().toString(), u.title()), limit));
            update.put("id", u.id());
            updates.add(update);
        }
        doc.put("updates", updates.isEmpty() ? null : updates);
        return doc;
    }

    /** Keys in reading order: where a document lives first, then what it says. */
    private static Map<String, Object> doc(String title, String date, List<TopicId> topics, String text) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("path", null);
        d.put("id", null);
        d.put("title", title);
        d.put("date", date);
        d.put("topics", topics.stream().map(TopicId::value).toList());
        d.put("text", text);
        return d;
    }

    /** The plain text starts with the headline, which the title field already holds. */
    private static String withoutTitle(String text, String title) {
        String t = text.strip();
        return t.startsWith(title) ? t.substring(title.length()) : t;
    }

    /** The first {@code limit} characters, cut after a whole word. */
    static String lead(String text, int limit) {
        // Enough beyond the limit that stripping the start can not bring a long text under it.
        String clean = PlainText.collapse(text, limit + 256).strip();
        if (clean.length() <= limit) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', limit);
        if (cut <= limit / 2) {
            cut = Character.isHighSurrogate(clean.charAt(limit - 1)) ? limit - 1 : limit;
        }
        return clean.substring(0, cut);
    }
}
