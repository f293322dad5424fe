package gazette.render;

import gazette.config.Labels;
import gazette.content.Article;
import gazette.content.LiveUpdate;
import gazette.content.NewsDate;
import gazette.render.Views.Card;
import gazette.render.Views.DateView;
import gazette.render.Views.TermLink;
import gazette.render.Views.TimelineItem;
import gazette.render.Views.UpdateCard;
import gazette.site.TimelineEntry;
import gazette.source.Fingerprint;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Views that outlive one build. An article appears as a card on the home page, its topics' pages,
 * the topic index and every tag, person and place page it names, and as a line of the timeline;
 * on a large site those lists hold tens of thousands of entries, and making and fingerprinting
 * them was most of the cost of rebuilding after a one-line edit. Here each view is made and
 * fingerprinted once, and a later build in the same process ({@code serve}), whose unchanged
 * articles are the very same objects as last time, reuses them; so does each article's search
 * document.
 *
 * <p>Views of an article are keyed by the article object itself (an edited article is a new
 * object) and checked against everything else they are made from (the topic links on a card, the
 * text limit of a search document), so a reused view is always the one a fresh build would make.
 * Timeline lines and dates are keyed by value. What one build did not use is forgotten after the
 * next ({@link #endBuild}), so the cache does not grow with every edit. Safe for parallel jobs.
 */
public final class ViewCache {
    private final Generations<Identity, CardEntry> cards = new Generations<>();
    private final Generations<Identity, UpdateCard> updateCards = new Generations<>();
    private final Generations<TimelineEntry, TimelineItem> timeline = new Generations<>();
    private final Generations<Identity, Fingerprint.Value> prints = new Generations<>();
    private final Generations<Identity, SearchDoc> searchDocs = new Generations<>();
    private final Generations<NewsDate, DateView> dates = new Generations<>();
    private final Generations<List<TermLink>, List<TermLink>> linkLists = new Generations<>();
    private final boolean lasting;
    private Locale locale;
    private ZoneId zone;

    /** A cache for one build. */
    public ViewCache() {
        this(false);
    }

    /**
     * @param lasting whether the cache serves later builds of this process ({@code serve}); then the
     *                search documents are made up front, so an edit later re-makes only its own
     */
    public ViewCache(boolean lasting) {
        this.lasting = lasting;
    }

    boolean lasting() {
        return lasting;
    }

    private record CardEntry(List<TermLink> topics, Card card) {
    }

    /** A search document as UTF-8 JSON: the search data file is these bytes joined, so a rebuild copies them. */
    private record SearchDoc(int limit, byte[] json, Fingerprint.Value print) {
    }

    /** Objects compared by identity: an unchanged article is the same object from build to build. */
    private record Identity(Object value, Object second) {
        Identity(Object value) {
            this(value, null);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.value == value && other.second == second;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value) * 31 + System.identityHashCode(second);
        }
    }

    /**
     * Dates read differently in another language or zone (a time names the site zone's clock): a
     * change of either forgets everything.
     */
    synchronized void startBuild(Locale nextLocale, ZoneId nextZone) {
        if (!nextLocale.equals(locale) || !nextZone.equals(zone)) {
            List.of(cards, updateCards, timeline, prints, searchDocs, dates, linkLists).forEach(Generations::clear);
            locale = nextLocale;
            zone = nextZone;
        }
    }

    /** Forgets what the build before this one used and this one did not. */
    synchronized void endBuild() {
        List.of(cards, updateCards, timeline, prints, searchDocs, dates, linkLists).forEach(Generations::turn);
    }

    DateView date(NewsDate date, Supplier<DateView> make) {
        return dates.get(date, make);
    }

    /** The same list object for equal lists of links, so cards made from them compare at once. */
    List<TermLink> links(List<TermLink> links) {
        return linkLists.get(links, () -> links);
    }

    /** The article's card, made by {@code make} unless the last one was made from the same article and topic links. */
    Card card(Article article, List<TermLink> topics, Supplier<Card> make) {
        Identity key = new Identity(article);
        CardEntry known = cards.get(key, () -> null);
        if (known != null && (known.topics() == topics || known.topics().equals(topics))) {
            return known.card();
        }
        Card card = make.get();
        cards.put(key, new CardEntry(topics, card));
        return card;
    }

    /** A live update's card, made from the update and its article. */
    UpdateCard updateCard(Article article, LiveUpdate update, Supplier<UpdateCard> make) {
        return updateCards.get(new Identity(article, update), make);
    }

    TimelineItem timelineItem(TimelineEntry entry, Supplier<TimelineItem> make) {
        return timeline.get(entry, make);
    }

    /**
     * The fingerprint of a card, update card, timeline line or the labels (which every page holds), for {@link ModelFingerprint}; null for
     * other records. Worked out once per view object. Every view of these types is fingerprinted
     * through here, made now or reused, so a page's key does not depend on what the cache held.
     */
    Fingerprint.Value fingerprint(Record view) {
        if (!(view instanceof Card || view instanceof UpdateCard || view instanceof TimelineItem || view instanceof Labels)) {
            return null;
        }
        return prints.get(new Identity(view), () -> {
            Fingerprint f = new Fingerprint();
            ModelFingerprint.add(f, view, ModelFingerprint.Memo.NONE);
            return f.value();
        });
    }

    /** The article's search document as UTF-8 JSON, made by {@code make} unless the last one was made with the same limit. */
    byte[] searchDoc(Article article, int limit, Supplier<String> make) {
        return searchDocEntry(article, limit, make).json();
    }

    /** The fingerprint of the article's search document, as {@link #searchDoc} made it. */
    Fingerprint.Value searchDocPrint(Article article, int limit, Supplier<String> make) {
        return searchDocEntry(article, limit, make).print();
    }

    private SearchDoc searchDocEntry(Article article, int limit, Supplier<String> make) {
        Identity key = new Identity(article);
        SearchDoc known = searchDocs.get(key, () -> null);
        if (known != null && known.limit() == limit) {
            return known;
        }
        byte[] json = make.get().getBytes(StandardCharsets.UTF_8);
        SearchDoc made = new SearchDoc(limit, json, Fingerprint.of(json));
        searchDocs.put(key, made);
        return made;
    }

    /**
     * A map that forgets what goes unused: entries are looked up in this build's generation, then
     * in the last one's (and moved up); {@link #turn} drops the last build's leftovers.
     */
    private static final class Generations<K, V> {
        private volatile Map<K, V> current = new ConcurrentHashMap<>();
        private volatile Map<K, V> previous = new ConcurrentHashMap<>();

        /** The value for the key, else {@code make}'s (kept unless null). */
        V get(K key, Supplier<V> make) {
            V value = current.get(key);
            if (value == null) {
                value = previous.get(key);
                if (value == null) {
                    value = make.get();
                }
                if (value != null) {
                    current.put(key, value);
                }
            }
            return value;
        }

        void put(K key, V value) {
            current.put(key, value);
        }

        void turn() {
            previous = current;
            current = new ConcurrentHashMap<>();
        }

        void clear() {
            previous = new ConcurrentHashMap<>();
            current = new ConcurrentHashMap<>();
        }
    }
}
