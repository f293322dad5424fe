package gazette.site;

import gazette.content.Article;
import gazette.content.Html;
import gazette.content.LiveUpdate;
import gazette.content.Utf8Text;

import gazette.config.TopicId;
import gazette.content.Slug;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Edits that change only an article's text: its body, and its live updates' bodies. The most
 * common edit (a typo fixed, a sentence added) is one of them, and it changes no list: every card,
 * timeline line, topic, tag and count stays as it was, as do the slug, dates and summary. So the
 * site made before the edit, with the edited articles put in place of the old ones, is the site a
 * fresh assembly would make, at a fraction of the cost on a large site.
 */
public final class TextEdits {
    private TextEdits() {
    }

    /** Whether {@code after} differs from {@code before} in nothing but body text (and the links and media links written in it). */
    public static boolean onlyText(Article before, Article after) {
        return withoutText(before).equals(withoutText(after));
    }

    /**
     * The site with each key of {@code edits} replaced by its value, in every list that holds it;
     * each pair must pass {@link #onlyText}, so the lists keep their order and content.
     */
    public static Site apply(Site site, Map<Article, Article> edits) {
        if (edits.isEmpty()) {
            return site;
        }
        Map<Article, Article> byIdentity = new IdentityHashMap<>(edits);
        Map<LiveUpdate, LiveUpdate> updates = new IdentityHashMap<>();
        Set<TopicId> topics = new HashSet<>();
        Set<String> terms = new HashSet<>();
        byIdentity.forEach((before, after) -> {
            for (int i = 0; i < before.updates().size(); i++) {
                updates.put(before.updates().get(i), after.updates().get(i));
                topics.addAll(before.updates().get(i).topics());
            }
            topics.addAll(before.topics());
            Stream.of(before.tags(), before.people(), before.places()).flatMap(List::stream)
                    .forEach(name -> terms.add(Slug.slugify(name)));
        });
        // Only the lists that hold an edited article are copied: on a large site, a handful of many.
        List<TopicCoverage> coverage = site.topics().stream().map(c -> !topics.contains(c.topic().id()) ? c
                : new TopicCoverage(c.topic(), replace(c.articles(), byIdentity), c.updates().stream()
                        .map(u -> byIdentity.containsKey(u.article())
                                ? new TopicCoverage.UpdateRef(byIdentity.get(u.article()), updates.get(u.update())) : u)
                        .toList()))
                .toList();
        List<Taxonomy> taxonomies = site.taxonomies().stream().map(tax -> new Taxonomy(tax.kind(), tax.title(),
                tax.singular(), tax.terms().stream().map(t -> !terms.contains(t.slug()) ? t
                        : new Term(t.slug(), t.name(), replace(t.articles(), byIdentity))).toList())).toList();
        // The timeline holds titles and paths, not articles: it is unchanged.
        return new Site(site.config(), replace(site.articles(), byIdentity), coverage, taxonomies, site.timeline(), site.media(),
                site.statics());
    }

    /** The list with the edited articles replaced; the same list when it holds none of them. */
    private static List<Article> replace(List<Article> articles, Map<Article, Article> edits) {
        List<Article> copy = null;
        for (int i = 0; i < articles.size(); i++) {
            Article after = edits.get(articles.get(i));
            if (after != null) {
                if (copy == null) {
                    copy = new ArrayList<>(articles);
                }
                copy.set(i, after);
            }
        }
        return copy == null ? articles : List.copyOf(copy);
    }

    private static Article withoutText(Article a) {
        List<LiveUpdate> updates = a.updates().stream().map(u -> new LiveUpdate(u.id(), u.title(), u.titleHtml(), u.date(),
                u.topics(), u.topicsExplained(), Html.EMPTY, Utf8Text.EMPTY)).toList();
        return new Article(a.sourceFile(), a.slugAt(), a.slug(), a.title(), a.date(), a.updated(), a.type(), a.topics(),
                a.topicsExplained(), a.tags(), a.people(), a.places(), a.summary(), a.source(), a.sourceUrl(),
                a.author(), a.dateline(), Html.EMPTY, updates, a.events(), a.draft(), Utf8Text.EMPTY, List.of(), a.summaryInText(),
                a.namesAt(), List.of());
    }
}
