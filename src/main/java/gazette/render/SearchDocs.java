package gazette.render;

import gazette.source.Fingerprint;

import java.util.Collections;
import java.util.Map;

/**
 * Articles' search documents (UTF-8 JSON) as one build made them, by article key (the article's
 * source file fingerprint with the settings), kept in the cache for the next build in another
 * process. The search data file is every article's document joined, so without them an edit of
 * one article of ten thousand would make ten thousand documents again, reading every article's text.
 *
 * @param limit     the text limit the documents were cut to; it depends on the whole site, and
 *                  documents cut to another are not used
 * @param byArticle each document by its article's key
 */
public record SearchDocs(int limit, Map<Fingerprint.Value, byte[]> byArticle) {
    public static final SearchDocs NONE = new SearchDocs(0, Map.of());

    /** The map is kept read-only but not copied: it is made for this record and not changed afterwards (see BuildState). */
    public SearchDocs {
        byArticle = Collections.unmodifiableMap(byArticle);
    }

    /** The document made for the article with this key and cut to this limit; null when there is none. */
    byte[] get(Fingerprint.Value articleKey, int limit) {
        return articleKey == null || limit != this.limit ? null : byArticle.get(articleKey);
    }
}
