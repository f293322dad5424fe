package gazette.render;

import gazette.content.Article;
import gazette.render.Views.SitemapEntry;
import gazette.site.Site;
import gazette.site.SitePaths;
import gazette.site.Taxonomy;
import gazette.site.Term;
import gazette.site.TopicCoverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code sitemap.xml}: every HTML page but 404 and search, absolute URLs; articles carry their last change. */
final class Sitemap {
    private Sitemap() {
    }

    static OutputFile file(Map<String, Object> model, TemplateEngine templates) {
        return OutputFile.text(SitePaths.SITEMAP, templates.render(PageTemplate.SITEMAP.fileName(), model));
    }

    static Map<String, Object> model(Site site) {
        var base = site.config().baseUrl();
        var zone = site.config().zone();
        String newest = site.articles().stream().map(a -> a.lastModified(zone))
                .max(java.util.Comparator.comparing(d -> d.start(zone))).map(d -> d.rfc3339(zone)).orElse(null);
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry(base.resolve(SitePaths.HOME), newest));
        for (Article a : site.articles()) {
            entries.add(new SitemapEntry(base.resolve(SitePaths.article(a.slug())), a.lastModified(zone).rfc3339(zone)));
        }
        entries.add(new SitemapEntry(base.resolve(SitePaths.TIMELINE), newest));
        entries.add(new SitemapEntry(base.resolve(SitePaths.TOPICS), newest));
        for (TopicCoverage c : site.topics()) {
            entries.add(new SitemapEntry(base.resolve(SitePaths.topic(c.topic().id())), null));
        }
        for (Taxonomy tax : site.taxonomies()) {
            entries.add(new SitemapEntry(base.resolve(SitePaths.taxonomy(tax.kind())), null));
            for (Term t : tax.terms()) {
                entries.add(new SitemapEntry(base.resolve(SitePaths.term(tax.kind(), t.slug())), null));
            }
        }
        Map<String, Object> m = new HashMap<>();
        m.put("entries", entries);
        return m;
    }
}
