package gazette.render;

import gazette.config.BaseUrl;
import gazette.config.SiteConfig;
import gazette.content.Article;
import gazette.content.LiveUpdate;
import gazette.site.SitePaths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** schema.org data for search engines: {@code NewsArticle}, or {@code LiveBlogPosting} with its updates. */
final class JsonLd {
    private JsonLd() {
    }

    static String article(SiteConfig config, Article a, Optional<LeadImage> image) {
        BaseUrl base = config.baseUrl();
        String url = base.resolve(SitePaths.article(a.slug()));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", a.isLive() ? "LiveBlogPosting" : "NewsArticle");
        ld.put("headline", a.title());
        ld.put("description", a.summary().isEmpty() ? null : a.summary());
        ld.put("url", url);
        ld.put("mainEntityOfPage", url);
        ld.put("inLanguage", config.language());
        ld.put("datePublished", a.date().iso());
        ld.put("dateModified", a.lastModified(config.zone()).iso());
        image.ifPresent(i -> ld.put("image", List.of(i.url())));
        ld.put("author", a.author().<Object>map(name -> person(name))
                .orElseGet(() -> organization(a.source().orElse(config.title()))));
        ld.put("publisher", organization(a.source().orElse(config.title())));
        if (a.sourceUrl().isPresent()) {
            ld.put("isBasedOn", a.sourceUrl().get());
        }
        if (a.dateline().isPresent()) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", a.dateline().get());
            ld.put("locationCreated", place);
        }
        List<String> sections = a.topics().stream()
                .map(id -> config.topic(id).map(t -> t.title()).orElse(id.value())).toList();
        if (!sections.isEmpty()) {
            ld.put("articleSection", sections);
        }
        if (!a.tags().isEmpty()) {
            ld.put("keywords", String.join(", ", a.tags()));
        }
        if (a.isLive()) {
            ld.put("coverageStartTime", a.date().iso());
            ld.put("coverageEndTime", a.lastModified(config.zone()).iso());
            List<Object> updates = new ArrayList<>();
            for (LiveUpdate u : a.updates()) {
                Map<String, Object> post = new LinkedHashMap<>();
                post.put("@type", "BlogPosting");
                post.put("headline", u.title());
                post.put("url", base.resolve(SitePaths.update(a.slug(), u.id())));
                u.date().ifPresent(d -> post.put("datePublished", d.iso()));
                post.put("articleBody", u.bodyText()); // the headline is its own field
                updates.add(post);
            }
            ld.put("liveBlogUpdate", updates);
        }
        return Json.write(ld);
    }

    static String website(SiteConfig config) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "WebSite");
        ld.put("name", config.title());
        ld.put("description", config.description().isEmpty() ? null : config.description());
        ld.put("url", config.baseUrl().value());
        ld.put("inLanguage", config.language());
        return Json.write(ld);
    }

    private static Map<String, Object> person(String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "Person");
        m.put("name", name);
        return m;
    }

    private static Map<String, Object> organization(String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "Organization");
        m.put("name", name);
        return m;
    }
}
