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
import gazette.render.Views.UpdateCard;
import gazette.render.Views.UpdateView;
import gazette.site.Site;
import gazette.site.SitePaths;
import gazette.site.Taxonomy;
import gazette.site.Term;
import gazette.site.TopicCoverage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Makes view records from the site model; shared by all renderers of one build. */
final class ViewFactory {
    private final SiteConfig config;
    private final Locale locale;
    private final Map<TopicId, TermLink> topicLinks = new HashMap<>();
    private final Map<String, Map<String, TermLink>> termLinks = new HashMap<>();

    ViewFactory(Site site) {
        this.config = site.config();
        this.locale = config.locale();
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
        return date == null ? null : new DateView(date.iso(), date.display(locale));
    }

    List<TermLink> topics(List<TopicId> ids) {
        return ids.stream().map(topicLinks::get).filter(java.util.Objects::nonNull).toList();
    }

    TermLink topic(TopicId id) {
        return topicLinks.get(id);
    }

    List<TermLink> terms(String kind, List<String> names) {
        Map<String, TermLink> links = termLinks.getOrDefault(kind, Map.of());
        return names.stream().map(n -> links.get(Slug.slugify(n))).filter(java.util.Objects::nonNull).toList();
    }

    Card card(Article a) {
        return new Card(a.title(), SitePaths.article(a.slug()), date(a.date()), a.summary(), topics(a.topics()),
                a.isLive(), a.updates().size(), a.source().orElse(null));
    }

    List<Card> cards(List<Article> articles) {
        return articles.stream().map(this::card).toList();
    }

    UpdateCard updateCard(Article a, LiveUpdate u) {
        return new UpdateCard(u.title(), SitePaths.update(a.slug(), u.id()), u.date().map(this::date).orElse(null),
                a.title(), SitePaths.article(a.slug()));
    }

    ArticleView article(Article a) {
        List<UpdateView> updates = a.updates().stream()
                .map(u -> new UpdateView(u.id(), u.title(), u.titleHtml(), u.date().map(this::date).orElse(null),
                        topics(u.topics()), u.body()))
                .toList();
        List<EventView> events = a.events().stream().sorted(java.util.Comparator.comparing(Event::date))
                .map(e -> new EventView(date(e.date()), e.title())).toList();
        return new ArticleView(a.title(), SitePaths.article(a.slug()), date(a.date()),
                a.updated().map(this::date).orElse(null), standfirst(a), a.source().orElse(null),
                a.sourceUrl().orElse(null), a.author().orElse(null), a.dateline().orElse(null), a.isLive(), a.body(),
                updates, events, topics(a.topics()), terms("tags", a.tags()), terms("people", a.people()),
                terms("places", a.places()));
    }

    /** The summary, shown above the body only when the body does not already say it. */
    private static String standfirst(Article a) {
        return a.summaryInText() ? null : a.summary();
    }

}
