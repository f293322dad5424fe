package gazette.site;

import gazette.config.SiteConfig;
import gazette.config.Topic;
import gazette.content.Article;
import gazette.content.LiveUpdate;
import gazette.content.Position;
import gazette.content.Slug;
import gazette.diag.Problems;
import gazette.source.MediaFile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the {@link Site} from the articles: every list a page shows, computed once. */
public final class SiteAssembler {
    private static final Comparator<Position> POSITION_ORDER = Comparator.comparing(Position::file)
            .thenComparingInt(Position::line).thenComparingInt(Position::column);

    private SiteAssembler() {
    }

    /**
     * Newest first; the same date falls back to the slug, so the order never depends on the file
     * system. Each article's start is worked out once, not at every comparison of the sort (with a
     * time-zone lookup each time, that was most of the sort's cost on a large site).
     */
    static List<Article> newestFirst(SiteConfig config, List<Article> articles) {
        record Dated(Instant start, Article article) {
        }
        return articles.stream().map(a -> new Dated(a.date().start(config.zone()), a))
                .sorted(Comparator.comparing(Dated::start).reversed().thenComparing(d -> d.article().slug()))
                .map(Dated::article).toList();
    }

    /**
     * The site's lists. The taxonomies, topics and timeline are independent of each other, so they
     * are made on all cores; each is a function of the sorted articles, so the result is the same.
     * Names shared across articles are looked for beside them (problems are reported in reading
     * order whatever the order they were found in).
     */
    public static Site assemble(SiteConfig config, List<Article> articles, Problems problems) {
        return assemble(config, articles, List.of(), problems);
    }

    /** As {@link #assemble(SiteConfig, List, Problems)}, with the media files published beside the pages. */
    public static Site assemble(SiteConfig config, List<Article> articles, List<MediaFile> media, Problems problems) {
        reportDuplicateSlugs(articles, problems);
        CompletableFuture<Void> sharedNames = CompletableFuture.runAsync(() -> reportSharedNames(articles, problems));
        List<Article> sorted = newestFirst(config, articles);
        CompletableFuture<List<TopicCoverage>> topics = CompletableFuture.supplyAsync(() -> topics(config, sorted));
        CompletableFuture<List<TimelineYear>> timeline = CompletableFuture.supplyAsync(() -> TimelineBuilder.build(config, sorted));
        List<Taxonomy> taxonomies = List.of(
                taxonomy("tags", config, sorted, Article::tags),
                taxonomy("people", config, sorted, Article::people),
                taxonomy("places", config, sorted, Article::places));
        sharedNames.join();
        return new Site(config, sorted, topics.join(), taxonomies, timeline.join(), media);
    }

    /** Every article whose slug another article also has, each reported with the others named. */
    static void reportDuplicateSlugs(List<Article> articles, Problems problems) {
        Map<Slug, List<Article>> bySlug = articles.stream()
                .collect(Collectors.groupingBy(Article::slug, TreeMap::new, Collectors.toList()));
        bySlug.forEach((slug, group) -> {
            if (group.size() < 2) {
                return;
            }
            for (Article a : group) {
                String others = group.stream().filter(o -> o != a).map(Article::sourceFile).sorted()
                        .collect(Collectors.joining(", "));
                problems.error(a.slugAt().file(), a.slugAt().line(), a.slugAt().column(),
                        "duplicate slug '" + slug + "': also used by " + others,
                        "give one of them a different slug: key");
            }
        });
    }

    /**
     * Names of one list that make one URL name but differ in more than case or accents ("C++" in one
     * article, "C" in another, both {@code tags/c/}) share one page, under the name that sorts first
     * (see {@link #taxonomy}); every other spelling is warned about where it is written, with where
     * the page's name is first written. The same names in any order give the same warnings. Two such
     * names in one article are the reader's to report: it keeps only the first.
     *
     * <p>A site has far fewer names than places they are written (10,000 articles, some 100,000
     * places, a few hundred names), so the URL names are made once per name, and the places are
     * looked at again only when two names share one, which is rare: this runs once per build, mostly
     * before the JIT has compiled it, where every call made per place showed (60 ms at 10,000 articles
     * with a map merge and comparator per place).
     */
    public static void reportSharedNames(List<Article> articles, Problems problems) {
        for (String kind : List.of("tags", "people", "places")) {
            Set<String> names = new HashSet<>();
            for (Article a : articles) {
                for (Position at : a.namesAt().of(kind)) {
                    names.add(at.what());
                }
            }
            Map<String, String> pageNameBySlug = new HashMap<>();
            Map<String, String> sharing = new HashMap<>(); // a name -> the page's name it shares a URL name with
            for (String name : new TreeSet<>(names)) {
                String page = pageNameBySlug.putIfAbsent(Slug.slugify(name), name); // sorted: the first is the page's
                if (page != null && !Slug.writtenAlike(page, name)) {
                    sharing.put(name, page);
                }
            }
            if (!sharing.isEmpty()) {
                reportSharedNames(kind, articles, sharing, problems);
            }
        }
    }

    /** Warns at each place a name of {@code sharing} is written, naming where its page's name is first written. */
    private static void reportSharedNames(String kind, List<Article> articles, Map<String, String> sharing, Problems problems) {
        Set<String> pageNames = new HashSet<>(sharing.values());
        Map<String, Position> firstAt = new HashMap<>();
        for (Article a : articles) {
            for (Position at : a.namesAt().of(kind)) {
                if (pageNames.contains(at.what())) {
                    firstAt.merge(at.what(), at, (x, y) -> POSITION_ORDER.compare(x, y) <= 0 ? x : y);
                }
            }
        }
        for (Article a : articles) {
            for (Position at : a.namesAt().of(kind)) {
                String page = sharing.get(at.what());
                if (page != null) {
                    Position pageAt = firstAt.get(page);
                    problems.warning(at.file(), at.line(), at.column(), "'" + at.what() + "' in " + kind
                            + " has the URL name of '" + page + "' (" + pageAt.file() + ":" + pageAt.line() + ":"
                            + pageAt.column() + "), so its articles are listed on " + kind + "/" + Slug.slugify(page)
                            + "/ under '" + page + "'; spell the two so that they differ in letters or digits");
                }
            }
        }
    }

    private static List<TopicCoverage> topics(SiteConfig config, List<Article> newestFirst) {
        List<TopicCoverage> coverage = new ArrayList<>();
        for (Topic topic : config.topics()) {
            List<Article> articles = newestFirst.stream().filter(a -> a.topics().contains(topic.id())).toList();
            List<TopicCoverage.UpdateRef> updates = new ArrayList<>();
            for (Article a : newestFirst) {
                for (LiveUpdate u : a.updates()) {
                    if (u.topics().contains(topic.id())) {
                        updates.add(new TopicCoverage.UpdateRef(a, u));
                    }
                }
            }
            coverage.add(new TopicCoverage(topic, articles, updates));
        }
        return coverage;
    }

    /**
     * One free list. Values that make the same URL name ("Astana", "astana") are one term, written
     * the way that sorts first, so the page does not depend on which file was read first.
     */
    /** A taxonomy, named in the site's language ({@code tags.title}, {@code tags.singular}). */
    private static Taxonomy taxonomy(String kind, SiteConfig config, List<Article> newestFirst,
            Function<Article, List<String>> values) {
        return taxonomy(kind, config.labels().text(kind + ".title"), config.labels().text(kind + ".singular"), newestFirst, values);
    }

    private static Taxonomy taxonomy(String kind, String title, String singular, List<Article> newestFirst,
            Function<Article, List<String>> values) {
        Map<String, List<Article>> articlesBySlug = new TreeMap<>();
        Map<String, String> nameBySlug = new TreeMap<>();
        for (Article a : newestFirst) {
            for (String name : values.apply(a)) {
                String slug = Slug.slugify(name);
                articlesBySlug.computeIfAbsent(slug, s -> new ArrayList<>()).add(a);
                nameBySlug.merge(slug, name, (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }
        List<Term> terms = articlesBySlug.entrySet().stream()
                .map(e -> new Term(e.getKey(), nameBySlug.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((Term t) -> t.name().toLowerCase(java.util.Locale.ROOT)).thenComparing(Term::slug))
                .toList();
        return new Taxonomy(kind, title, singular, terms);
    }
}
