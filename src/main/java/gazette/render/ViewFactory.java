package gazette.render;

import gazette.config.SiteConfig;
import gazette.config.Topic;
import gazette.config.TopicId;
import gazette.content.Article;
import gazette.content.Event;
import gazette.content.LiveUpdate;
import gazette.content.NewsDate;
import gazette.content.Slug;
import gazette.render.Views.ArticleView;
import gazette.render.Views.Card;
import gazette.render.Views.DateView;
import gazette.render.Views.EventView;
import gazette.render.Views.TermLink;
import gazette.render.Views.TimelineItem;
import gazette.render.Views.UpdateCard;
import gazette.render.Views.UpdateView;
import gazette.site.Site;
import gazette.site.SitePaths;
import gazette.site.Taxonomy;
import gazette.site.Term;
import gazette.site.TimelineEntry;
import gazette.site.TopicCoverage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Makes view records from the site model; shared by all renderers of one build. */
final class ViewFactory {
    private final SiteConfig config;
    private final Locale locale;
    private final Map<TopicId, TermLink> topicLinks = new HashMap<>();
    private final Map<String, Map<String, TermLink>> termLinks = new HashMap<>();
    private final ViewCache cache;
    private final Map<List<TopicId>, List<TermLink>> topicLists = new ConcurrentHashMap<>();

    ViewFactory(Site site, ViewCache cache) {
        this.config = site.config();
        this.locale = config.locale();
        this.cache = cache;
        for (TopicCoverage c : site.topics()) {
            Topic t = c.topic();
            topicLinks.put(t.id(), new TermLink(t.id().value(), t.title(), SitePaths.topic(t.id()),
                    c.articles().size() + c.updates().size()));
        }
        for (Taxonomy tax : site.taxonomies()) {
            Map<String, TermLink> links = new HashMap<>();
            for (Term term : tax.terms()) {
                links.put(term.slug(), new TermLink(term.slug(), term.name(), SitePaths.term(tax.kind(), term.slug()),
                        term.articles().size()));
            }
            termLinks.put(tax.kind(), links);
        }
    }

    DateView date(NewsDate date) {
        return date == null ? null : cache.date(date, () -> new DateView(date.iso(), date.display(locale, config.zone())));
    }

    /** The links to these topics; the same list object for the same topics, within a build and across builds. */
    List<TermLink> topics(List<TopicId> ids) {
        return topicLists.computeIfAbsent(ids, k -> cache.links(
                k.stream().map(topicLinks::get).filter(java.util.Objects::nonNull).toList()));
    }

    TermLink topic(TopicId id) {
        return topicLinks.get(id);
    }

    List<TermLink> terms(String kind, List<String> names) {
        Map<String, TermLink> links = termLinks.getOrDefault(kind, Map.of());
        return names.stream().map(n -> links.get(Slug.slugify(n))).filter(java.util.Objects::nonNull).toList();
    }

    Card card(Article a) {
        List<TermLink> topics = topics(a.topics());
        return cache.card(a, topics, () -> new Card(a.title(), SitePaths.article(a.slug()), date(a.date()), a.summary(),
                topics, a.isLive(), a.updates().size(), a.source().orElse(null)));
    }

    List<Card> cards(List<Article> articles) {
        return articles.stream().map(this::card).toList();
    }

    UpdateCard updateCard(Article a, LiveUpdate u) {
        return cache.updateCard(a, u, () -> new UpdateCard(u.title(), SitePaths.update(a.slug(), u.id()),
                u.date().map(this::date).orElse(null), a.title(), SitePaths.article(a.slug())));
    }

    TimelineItem timelineItem(TimelineEntry e) {
        // "live-blog": the kind names a class (tl-live-blog) and a label (timeline.liveBlog) in the templates.
        return cache.timelineItem(e, () -> new TimelineItem(e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                e.dateGiven() ? date(e.date()) : null, e.between().orElse(null), e.title(), e.path(), e.articleTitle()));
    }

    ArticleView article(Article a) {
        List<UpdateView> updates = a.updates().stream()
                .map(u -> new UpdateView(u.id(), u.title(), u.titleHtml(), u.date().map(this::date).orElse(null),
                        topics(u.topics()), u.body()))
                .toList();
        List<EventView> events = a.events().stream().sorted(java.util.Comparator.comparing(Event::date))
                .map(e -> new EventView(date(e.date()), e.title())).toList();
        return new ArticleView(a.title(), SitePaths.article(a.slug()), date(a.date()), updated(a), standfirst(a), a.source().orElse(null),
                a.sourceUrl().orElse(null), a.author().orElse(null), a.dateline().orElse(null), a.isLive(), a.body(),
                updates, events, topics(a.topics()), terms("tags", a.tags()), terms("people", a.people()),
                terms("places", a.places()));
    }

    /**
     * When the article last changed, as its feed entry, sitemap line and JSON-LD say it
     * ({@link Article#lastModified}): a live blog's newest update when that is later than its
     * {@code updated}, which the page showed alone, so it could read "Updated 01:00" above an update of
     * 09:05. Nothing when that is its publication date.
     */
    private DateView updated(Article a) {
        NewsDate last = a.lastModified(config.zone());
        return last.equals(a.date()) ? null : date(last);
    }

    /** The summary, shown above the body only when the body does not already say it. */
    private static String standfirst(Article a) {
        return a.summaryInText() ? null : a.summary();
    }

}
