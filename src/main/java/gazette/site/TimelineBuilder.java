package gazette.site;

import gazette.config.Labels;
import gazette.config.SiteConfig;
import gazette.content.Article;
import gazette.content.Event;
import gazette.content.LiveUpdate;
import gazette.content.NewsDate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Puts every article, live update and event in date order, oldest first, grouped by year. A live
 * blog lists its updates newest first; the timeline shows them in the order they happened. An update
 * whose time the source does not give keeps its place between its dated neighbours and says so.
 */
final class TimelineBuilder {
    private TimelineBuilder() {
    }

    /** An entry with what it sorts by: the instant, then kind, then its order within the article. */
    private record Sortable(TimelineEntry entry, Instant at, int article, int sequence) {
    }

    static List<TimelineYear> build(SiteConfig config, List<Article> newestFirst) {
        List<Sortable> all = new ArrayList<>();
        // Oldest article first, so ties between articles fall in publication order.
        List<Article> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        for (int a = 0; a < oldestFirst.size(); a++) {
            Article article = oldestFirst.get(a);
            String path = SitePaths.article(article.slug());
            int seq = 0;
            for (Event event : article.events()) {
                all.add(new Sortable(new TimelineEntry(TimelineEntry.Kind.EVENT, event.date(), true, Optional.empty(),
                        event.title(), path, article.title()), event.date().start(config.zone()), a, seq++));
            }
            TimelineEntry.Kind kind = article.isLive() ? TimelineEntry.Kind.LIVE_BLOG : TimelineEntry.Kind.ARTICLE;
            all.add(new Sortable(new TimelineEntry(kind, article.date(), true, Optional.empty(),
                    article.title(), path, article.title()), article.date().start(config.zone()), a, seq++));
            List<LiveUpdate> inOrder = new ArrayList<>(article.updates());
            java.util.Collections.reverse(inOrder);
            List<Optional<NewsDate>> older = olderDated(inOrder);
            List<Optional<NewsDate>> newer = newerDated(article.updates());
            for (int i = 0; i < inOrder.size(); i++) {
                LiveUpdate update = inOrder.get(i);
                NewsDate date;
                Optional<String> between = Optional.empty();
                if (update.date().isPresent()) {
                    date = update.date().get();
                } else {
                    NewsDate before = older.get(i).orElse(article.date());
                    date = before;
                    between = Optional.of(between(before, newer.get(i), config));
                }
                all.add(new Sortable(new TimelineEntry(TimelineEntry.Kind.UPDATE, date, update.date().isPresent(), between,
                        update.title(), SitePaths.update(article.slug(), update.id()), article.title()),
                        date.start(config.zone()), a, seq++));
            }
        }
        all.sort(Comparator.comparing(Sortable::at)
                .thenComparing(s -> s.entry().kind() != TimelineEntry.Kind.EVENT)
                .thenComparingInt(Sortable::article)
                .thenComparingInt(Sortable::sequence));
        Map<Integer, List<TimelineEntry>> byYear = new TreeMap<>();
        for (Sortable s : all) {
            byYear.computeIfAbsent(s.entry().date().year(), y -> new ArrayList<>()).add(s.entry());
        }
        return byYear.entrySet().stream().map(e -> new TimelineYear(e.getKey(), e.getValue())).toList();
    }

    /**
     * For each of {@code updates}, the date of the nearest dated one before it in that order, if any.
     * One pass each way rather than a search from every update: a live blog of thousands of undated
     * updates took seconds.
     */
    private static List<Optional<NewsDate>> olderDated(List<LiveUpdate> updates) {
        List<Optional<NewsDate>> older = new ArrayList<>(updates.size());
        Optional<NewsDate> last = Optional.empty();
        for (LiveUpdate update : updates) {
            older.add(last);
            last = update.date().isPresent() ? update.date() : last;
        }
        return older;
    }

    /** For each update, oldest first, the date of the nearest dated one after it, if any. */
    private static List<Optional<NewsDate>> newerDated(List<LiveUpdate> newestFirst) {
        List<Optional<NewsDate>> newer = olderDated(newestFirst);
        java.util.Collections.reverse(newer);
        return newer;
    }

    /** Where an undated update falls, in the site's language: "between 30 June 2013 and 1 July 2013". */
    private static String between(NewsDate before, Optional<NewsDate> after, SiteConfig config) {
        String from = before.display(config.locale(), config.zone());
        Labels labels = config.labels();
        return after.map(a -> a.display(config.locale(), config.zone()).equals(from) ? labels.format("timeline.on", "date", from)
                : labels.format("timeline.between", Map.of("from", from, "to", a.display(config.locale(), config.zone()))))
                .orElse(labels.format("timeline.after", "date", from));
    }
}
