package gazette.render;

import gazette.config.BaseUrl;
import gazette.config.Labels;
import gazette.config.SiteConfig;
import gazette.content.Article;
import gazette.content.Html;
import gazette.render.Views.Card;
import gazette.render.Views.PageMeta;
import gazette.render.Views.SiteView;
import gazette.render.Views.TermLink;
import gazette.render.Views.TimelineItem;
import gazette.render.Views.TimelineYearView;
import gazette.render.Views.TopicView;
import gazette.site.Site;
import gazette.site.SitePaths;
import gazette.site.Taxonomy;
import gazette.site.Term;
import gazette.site.TimelineEntry;
import gazette.site.TimelineYear;
import gazette.site.TopicCoverage;
import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.source.Fingerprint;
import gazette.source.MediaFile;
import gazette.source.StaticFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Renders every page of the site. Each page is an independent job; the jobs run on all cores and
 * the result keeps their fixed order, so the output does not depend on thread timing.
 */
public final class SiteRenderer {
    private final TemplateEngine templates;
    private final Path siteTemplates;
    private final ViewCache cache;

    /** A renderer for one build. */
    public SiteRenderer(TemplateEngine templates, Path siteTemplates) {
        this(templates, siteTemplates, new ViewCache());
    }

    /**
     * @param cache views kept from the last build of a long-running process, reused for the
     *              articles that did not change; the render leaves it holding this site's
     */
    public SiteRenderer(TemplateEngine templates, Path siteTemplates, ViewCache cache) {
        this.templates = templates;
        this.siteTemplates = siteTemplates;
        this.cache = cache;
    }

    /** Renders every page. */
    public List<OutputFile> render(Site site) {
        return render(site, PageMemo.NONE).files();
    }

    /** Renders every page the memo does not know to be unchanged. */
    public RenderedSite render(Site site, PageMemo memo) {
        return render(site, memo, a -> null);
    }

    /**
     * Renders every page the memo does not know to be unchanged.
     *
     * @param articleKeys each article's fingerprint, when the caller knows one that changes whenever
     *                    anything in the article does (its source file's, with the settings); it lets
     *                    an article page's key be worked out without building the page's model
     */
    public RenderedSite render(Site site, PageMemo memo, Function<Article, Fingerprint.Value> articleKeys) {
        return render(site, memo, articleKeys, SearchDocs.NONE);
    }

    /**
     * As {@link #render(Site, PageMemo, Function)}, taking the search documents the last build made
     * from {@code searchDocs} (by article key) instead of making them again.
     */
    public RenderedSite render(Site site, PageMemo memo, Function<Article, Fingerprint.Value> articleKeys,
            SearchDocs searchDocs) {
        return render(site, memo, articleKeys, searchDocs, EarlyOutput.NONE);
    }

    /**
     * As {@link #render(Site, PageMemo, Function, SearchDocs)}, handing each file to {@code early} as
     * soon as it is made: those it takes come back as {@link RenderedSite#taken()}, without their bytes.
     */
    public RenderedSite render(Site site, PageMemo memo, Function<Article, Fingerprint.Value> articleKeys,
            SearchDocs searchDocs, EarlyOutput early) {
        ThemeAssets assets = SearchLibrary.addTo(ThemeAssets.collect(siteTemplates, templates.siteTemplatesRel()));
        cache.startBuild(site.config().locale(), site.config().zone());
        Pages pages = new Pages(site, new ViewFactory(site, cache), cache, assets, templates, memo, articleKeys, searchDocs);
        List<Supplier<Job>> jobs = new ArrayList<>();
        pages.plan(jobs);
        RenderedSite rendered = run(jobs, assets.files(), Set.of(), pages, early, site.statics());
        cache.endBuild();
        return rendered;
    }

    /**
     * Renders what an edit of articles' text alone can change (see {@link gazette.site.TextEdits}):
     * those articles' pages, the feeds and the search data. Every other file of {@code known} (the
     * last build's files, made from the same templates and settings) is kept as it is.
     */
    public RenderedSite renderTextEdits(Site site, Collection<Article> edited, PageMemo memo,
            Function<Article, Fingerprint.Value> articleKeys, Set<String> known, SearchDocs searchDocs) {
        ThemeAssets assets = SearchLibrary.addTo(ThemeAssets.collect(siteTemplates, templates.siteTemplatesRel()));
        cache.startBuild(site.config().locale(), site.config().zone());
        Pages pages = new Pages(site, new ViewFactory(site, cache), cache, assets, templates, memo, articleKeys, searchDocs);
        List<Supplier<Job>> jobs = new ArrayList<>();
        edited.forEach(a -> {
            jobs.add(() -> pages.article(a));
            if (a.isLive()) {
                jobs.add(() -> pages.liveBlogFeed(a));
            }
        });
        pages.planFeeds(jobs);
        // The search data is kept when its key says no document changed, as after an edit past an
        // article's lead (a large site's index carries only each article's first few hundred
        // characters). The key costs a look-up per article; making the file copies every document,
        // 9 MB on 10,000 articles, which took a third of serve's rebuild.
        jobs.add(pages::searchIndex);
        // The cache keeps its views for a later full render; nothing is dropped after so partial a build.
        return run(jobs, List.of(), known, pages, EarlyOutput.NONE, List.of());
    }

    /**
     * Runs the jobs on all cores; the result keeps their order. Files of {@code known} no job makes
     * are kept. Each file is offered to {@code early} on the thread that made it, and let go if taken.
     *
     * @param statics the static files among the jobs, checked against every other file planned
     * @throws BuildFailure when a static file clashes with the site's own ({@link StaticClashes}); the
     *                      caller removes what {@code early} began, so the output is as it was
     */
    private static RenderedSite run(List<Supplier<Job>> jobs, List<OutputFile> extra, Set<String> known, Pages pages,
            EarlyOutput early, List<StaticFile> statics) {
        List<OutputFile> files = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<TakenFile> taken = new ArrayList<>();
        Map<String, Fingerprint.Value> keys = new HashMap<>();
        Set<String> made = new HashSet<>();
        List<Job> done = completeAll(jobs, early);
        if (!statics.isEmpty()) {
            List<String> planned = new ArrayList<>(done.size() + extra.size());
            done.forEach(job -> planned.add(job.path()));
            extra.forEach(file -> planned.add(file.path()));
            List<Problem> clashes = StaticClashes.find(statics, planned);
            if (!clashes.isEmpty()) {
                throw new BuildFailure(clashes);
            }
        }
        for (Job job : done) {
            made.add(job.path());
            if (job.taken() != null) {
                taken.add(job.taken());
            } else if (job.file() == null) {
                kept.add(job.path());
            } else {
                files.add(job.file());
            }
            if (job.key() != null) {
                keys.put(job.path(), job.key());
            }
        }
        files.addAll(extra);
        // Unsorted: only looked up, and serve passes every file of the site here on each save.
        known.stream().filter(path -> !made.contains(path)).forEach(kept::add);
        return new RenderedSite(files, kept, taken, keys, pages.madeSearchDocs);
    }

    /**
     * Every job's result, made on all cores and offered to {@code early}. A failure is thrown only
     * once every job has finished, so no thread is still rendering or staging a file when the caller
     * cleans up after it, and it is the first failing job's in plan order, whatever the timing.
     */
    private static List<Job> completeAll(List<Supplier<Job>> jobs, EarlyOutput early) {
        List<Outcome> outcomes = jobs.parallelStream().map(job -> {
            try {
                return new Outcome(job.get().offer(early), null);
            } catch (RuntimeException | Error e) {
                return new Outcome(null, e);
            }
        }).toList();
        List<Job> done = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            if (outcome.failure() instanceof RuntimeException e) {
                throw e;
            }
            if (outcome.failure() instanceof Error e) {
                throw e;
            }
            done.add(outcome.job());
        }
        return done;
    }

    /** A job's result, or what it threw. */
    private record Outcome(Job job, Throwable failure) {
    }

    /**
     * One planned output.
     *
     * @param file  the rendered file, or null when the memo said the page is unchanged or the output took it
     * @param key   the fingerprint of template and model, for templated pages; else null
     * @param taken what is known of the rendered file once the output took it and its bytes were let go
     */
    private record Job(String path, OutputFile file, Fingerprint.Value key, TakenFile taken) {
        Job(String path, OutputFile file, Fingerprint.Value key) {
            this(path, file, key, null);
        }

        static Job plain(OutputFile file) {
            return new Job(file.path(), file, null);
        }

        /** This job with its file's bytes let go, when {@code early} takes the file; else itself. */
        Job offer(EarlyOutput early) {
            if (file == null || !early.take(file)) {
                return this;
            }
            return new Job(path, null, key, new TakenFile(path, file.content(), file.size()));
        }
    }

    /** One build's page jobs, sharing the views and the common template values. */
    private static final class Pages {
        private final Site site;
        private final SiteConfig config;
        private final ViewFactory views;
        private final ThemeAssets assets;
        private final TemplateEngine templates;
        private final SiteView siteView;
        /** The words of the interface, for templates ({@code label}) and the titles made here. */
        private final Labels labels;
        private final FeedWriter feeds;
        private final PageMemo memo;
        private final Function<Article, Fingerprint.Value> articleKeys;
        private final ViewCache cache;
        private final ModelFingerprint.Memo known;
        /** What every article page's key shares: the template, the site-wide values and the assets. */
        private final Fingerprint.Value articleCommon;
        private final Map<TermLink, Fingerprint.Value> linkPrints = new ConcurrentHashMap<>();
        private final SearchDocs knownSearchDocs;
        /** The documents of the search data file, when this render made it. */
        private volatile SearchDocs madeSearchDocs;
        private List<TopicView> topicViews;

        Pages(Site site, ViewFactory views, ViewCache cache, ThemeAssets assets, TemplateEngine templates, PageMemo memo,
                Function<Article, Fingerprint.Value> articleKeys, SearchDocs knownSearchDocs) {
            this.knownSearchDocs = knownSearchDocs;
            this.memo = memo;
            this.cache = cache;
            this.known = ModelFingerprint.Memo.of(cache);
            this.articleKeys = articleKeys;
            this.site = site;
            this.config = site.config();
            this.views = views;
            this.assets = assets;
            this.templates = templates;
            List<TermLink> topicLinks = site.topics().stream().map(c -> views.topic(c.topic().id())).toList();
            this.labels = config.labels();
            this.siteView = new SiteView(config.title(), config.description(), config.language(),
                    config.openGraphLocale().orElse(""), config.direction(),
                    config.baseUrl().value(), config.baseUrl().path(), topicLinks, SitePaths.FEED, SitePaths.SEARCH,
                    labels.scriptsNeedLabels() ? new Html(Json.write(labels.forScripts())) : null);
            this.feeds = new FeedWriter(config, templates);
            Fingerprint common = new Fingerprint().add(templates.key(PageTemplate.ARTICLE.fileName()));
            ModelFingerprint.add(common, siteView);
            ModelFingerprint.add(common, assets.byName());
            ModelFingerprint.add(common, labels);
            this.articleCommon = common.value();
        }

        void plan(List<Supplier<Job>> jobs) {
            jobs.add(this::home);
            for (Article a : site.articles()) {
                jobs.add(() -> article(a));
                if (a.isLive()) {
                    jobs.add(() -> liveBlogFeed(a));
                }
            }
            jobs.add(this::timeline);
            jobs.add(this::topicIndex);
            for (TopicCoverage c : site.topics()) {
                jobs.add(() -> topic(c));
            }
            for (Taxonomy tax : site.taxonomies()) {
                jobs.add(() -> taxonomy(tax));
                for (Term term : tax.terms()) {
                    jobs.add(() -> term(tax, term));
                }
            }
            jobs.add(this::search);
            planFeeds(jobs);
            jobs.add(this::searchIndex);
            jobs.add(this::notFound);
            jobs.add(this::sitemap);
            // A robots.txt of the site's own, in the static folder, replaces this one, as in Hugo and Jekyll.
            if (site.statics().stream().noneMatch(f -> f.published().equals(StaticClashes.ROBOTS))) {
                jobs.add(() -> Job.plain(OutputFile.text(StaticClashes.ROBOTS, "User-agent: *\nAllow: /\nSitemap: "
                        + config.baseUrl().resolve(SitePaths.SITEMAP) + "\n")));
            }
            // GitHub Pages runs Jekyll unless told not to; Jekyll would hide files and folders starting with _ or .
            jobs.add(() -> Job.plain(OutputFile.text(".nojekyll", "")));
            config.cname().ifPresent(host -> jobs.add(() -> Job.plain(OutputFile.text("CNAME", host + "\n"))));
            for (MediaFile m : site.media()) {
                jobs.add(() -> media(m));
            }
            for (StaticFile f : site.statics()) {
                jobs.add(() -> copy(f));
            }
        }

        /**
         * A media file's copy, unless the memo knows its key already made it: then the file is not
         * read at all, so a build that changes no picture reads none.
         */
        Job media(MediaFile m) {
            return copied(m.published(), m.path(), m.relPath(), m.key());
        }

        /**
         * A static file's copy, byte for byte, unless the memo knows its key already made it, as for a
         * media file: a build that changes no static file reads none.
         */
        Job copy(StaticFile f) {
            return copied(f.published(), f.path(), f.relPath(), f.key());
        }

        /** A file published as it is: copied when the site is written, never held ({@link OutputFile#copy}). */
        private Job copied(String published, Path source, String relPath, Fingerprint.Value key) {
            return file(published, key, () -> {
                try {
                    return OutputFile.copy(published, source, key);
                } catch (IOException e) {
                    throw new BuildFailure(Problem.error(relPath, 0, 0, "cannot read file: " + e.getMessage()));
                }
            });
        }

        /** The files made from articles' text as well as their lists: the feeds (which carry the bodies) and the search data. */
        void planFeeds(List<Supplier<Job>> jobs) {
            for (TopicCoverage c : site.topics()) {
                jobs.add(() -> Job.plain(feeds.topicFeed(c)));
            }
            jobs.add(() -> Job.plain(feeds.siteFeed(site.articles())));
        }

        private Map<String, Object> model(String path, PageMeta meta) {
            Map<String, Object> m = new HashMap<>();
            m.put("site", siteView);
            m.put("assets", assets.byName());
            m.put("root", SitePaths.rootFrom(path));
            m.put("page", meta);
            m.put("label", labels);
            return m;
        }

        private PageMeta meta(String heading, String description, String path, String ogType, String jsonLd,
                String feedPath, String section) {
            return meta(heading, description, path, ogType, jsonLd, feedPath, section, Optional.empty());
        }

        private PageMeta meta(String heading, String description, String path, String ogType, String jsonLd,
                String feedPath, String section, Optional<LeadImage> image) {
            String title = heading.isEmpty() ? config.title()
                    : labels.format("page.title", Map.of("page", heading, "site", config.title()));
            return new PageMeta(title, heading.isEmpty() ? config.title() : heading,
                    description == null || description.isEmpty() ? config.description() : description, path,
                    config.baseUrl().resolve(path), ogType, jsonLd == null ? null : new Html(jsonLd), feedPath, section,
                    image.map(LeadImage::url).orElse(null), image.map(LeadImage::alt).orElse(null));
        }

        /** Renders a page, unless the memo knows this template and model already made the file on disk. */
        private Job page(String path, PageTemplate template, Map<String, Object> model) {
            Fingerprint.Value key = ModelFingerprint.of(templates.key(template.fileName()), model, known);
            if (memo.unchanged(SitePaths.file(path), key)) {
                return new Job(SitePaths.file(path), null, key);
            }
            return render(path, template, model, key);
        }

        /** Makes a file that is not a templated page, unless the memo knows its key already made it. */
        private Job file(String path, Fingerprint.Value key, Supplier<OutputFile> make) {
            return new Job(path, memo.unchanged(path, key) ? null : make.get(), key);
        }

        private Job render(String path, PageTemplate template, Map<String, Object> model, Fingerprint.Value key) {
            String file = SitePaths.file(path);
            return new Job(file, OutputFile.text(file, templates.render(template.fileName(), model)), key);
        }

        Job home() {
            String path = SitePaths.HOME;
            Map<String, Object> m = model(path, meta("", config.description(), path, "website",
                    JsonLd.website(config), null, "home"));
            List<Card> latest = views.cards(site.articles().subList(0, Math.min(config.homeLatest(), site.articles().size())));
            m.put("latest", latest);
            m.put("topics", topicViews());
            List<TimelineItem> recent = new ArrayList<>();
            for (int y = site.timeline().size() - 1; y >= 0 && recent.size() < 5; y--) {
                List<TimelineEntry> entries = site.timeline().get(y).entries();
                for (int i = entries.size() - 1; i >= 0 && recent.size() < 5; i--) {
                    recent.add(timelineItem(entries.get(i)));
                }
            }
            m.put("recent", recent);
            return page(path, PageTemplate.HOME, m);
        }

        Job article(Article a) {
            String path = SitePaths.article(a.slug());
            Fingerprint.Value key = articleKey(a, path);
            if (key != null && memo.unchanged(SitePaths.file(path), key)) {
                return new Job(SitePaths.file(path), null, key);
            }
            Optional<LeadImage> image = LeadImage.of(a, config.baseUrl().resolve(path));
            Map<String, Object> m = model(path, meta(a.title(), a.summary(), path, "article",
                    JsonLd.article(config, a, image), a.isLive() ? SitePaths.articleFeed(a.slug()) : null, "article", image));
            m.put("article", views.article(a));
            return key == null ? page(path, PageTemplate.ARTICLE, m) : render(path, PageTemplate.ARTICLE, m, key);
        }

        /**
         * A live blog's feed, unless the memo knows it already made it: it changes only with the blog
         * (whose key holds the settings, the base URL among them) and the feed template.
         */
        Job liveBlogFeed(Article blog) {
            String path = SitePaths.articleFeed(blog.slug());
            Fingerprint.Value own = articleKeys.apply(blog);
            if (own == null) {
                return Job.plain(feeds.liveBlogFeed(blog));
            }
            return file(path, new Fingerprint().add(templates.key(PageTemplate.FEED.fileName())).add(own).add(path).value(),
                    () -> feeds.liveBlogFeed(blog));
        }

        Job searchIndex() {
            return file(SearchIndex.PATH, SearchIndex.key(site, cache, articleKeys), this::makeSearchIndex);
        }

        private OutputFile makeSearchIndex() {
            SearchIndex.Made made = SearchIndex.file(site, cache, articleKeys, knownSearchDocs);
            madeSearchDocs = made.docs();
            return made.file();
        }

        Job sitemap() {
            Map<String, Object> m = Sitemap.model(site);
            Fingerprint.Value key = ModelFingerprint.of(templates.key(PageTemplate.SITEMAP.fileName()), m, known);
            return file(SitePaths.SITEMAP, key, () -> Sitemap.file(m, templates));
        }

        /**
         * An article page's key from what its model is made of, without making the model (its body,
         * updates and JSON-LD cost more to fingerprint than to look up): the template, the article
         * (whose fingerprint covers everything read from its file and the configuration), and what
         * the page takes from the rest of the site: the site-wide values and the links to its topics,
         * tags, people and places with their counts. Whatever {@link ViewFactory#article} or
         * {@link #model} comes to use from elsewhere must be added here.
         */
        private Fingerprint.Value articleKey(Article a, String path) {
            Fingerprint.Value own = articleKeys.apply(a);
            if (own == null) {
                return null;
            }
            Fingerprint f = new Fingerprint().add(articleCommon).add(own).add(path);
            addLinks(f, views.topics(a.topics()));
            addLinks(f, views.terms("tags", a.tags()));
            addLinks(f, views.terms("people", a.people()));
            addLinks(f, views.terms("places", a.places()));
            a.updates().forEach(u -> addLinks(f, views.topics(u.topics())));
            return f.value();
        }

        /** Links by their fingerprints, each worked out once per build: most link to a few topics and terms. */
        private void addLinks(Fingerprint f, List<TermLink> links) {
            f.tag(6).add(links.size());
            for (TermLink link : links) {
                f.add(linkPrints.computeIfAbsent(link, l -> {
                    Fingerprint one = new Fingerprint();
                    ModelFingerprint.add(one, l);
                    return one.value();
                }));
            }
        }

        Job timeline() {
            String path = SitePaths.TIMELINE;
            Map<String, Object> m = model(path, meta(labels.text("timeline.title"),
                    labels.text("timeline.description"), path, "website", null, null, "timeline"));
            List<TimelineYearView> years = new ArrayList<>();
            for (TimelineYear y : site.timeline()) {
                years.add(new TimelineYearView(y.year(), y.entries().stream().map(this::timelineItem).toList()));
            }
            m.put("years", years);
            return page(path, PageTemplate.TIMELINE, m);
        }

        private TimelineItem timelineItem(TimelineEntry e) {
            return views.timelineItem(e);
        }

        /** Every topic's view, made once for the home page, the topic index and the topic pages. */
        private synchronized List<TopicView> topicViews() {
            if (topicViews == null) {
                topicViews = site.topics().stream().map(this::topicView).toList();
            }
            return topicViews;
        }

        private TopicView topicView(TopicCoverage c) {
            return new TopicView(c.topic().id().value(), c.topic().title(), c.topic().description(),
                    SitePaths.topic(c.topic().id()), SitePaths.topicFeed(c.topic().id()), views.cards(c.articles()),
                    c.updates().stream().map(u -> views.updateCard(u.article(), u.update())).toList());
        }

        Job topicIndex() {
            String path = SitePaths.TOPICS;
            Map<String, Object> m = model(path, meta(labels.text("topics.title"), labels.text("topics.description"),
                    path, "website", null, null, "topics"));
            m.put("topics", topicViews());
            return page(path, PageTemplate.TOPICS, m);
        }

        Job topic(TopicCoverage c) {
            String path = SitePaths.topic(c.topic().id());
            Map<String, Object> m = model(path, meta(c.topic().title(), c.topic().description(), path, "website", null,
                    SitePaths.topicFeed(c.topic().id()), "topics"));
            m.put("topic", topicViews().get(site.topics().indexOf(c)));
            return page(path, PageTemplate.TOPIC, m);
        }

        Job taxonomy(Taxonomy tax) {
            String path = SitePaths.taxonomy(tax.kind());
            Map<String, Object> m = model(path, meta(tax.title(), labels.text(tax.kind() + ".description"), path, "website",
                    null, null, tax.kind()));
            List<TermLink> terms = tax.terms().stream().map(t -> new TermLink(t.slug(), t.name(),
                    SitePaths.term(tax.kind(), t.slug()), t.articles().size())).toList();
            m.put("taxonomy", new Views.TaxonomyView(tax.kind(), tax.title(), path, terms));
            return page(path, PageTemplate.TAXONOMY, m);
        }

        Job term(Taxonomy tax, Term term) {
            String path = SitePaths.term(tax.kind(), term.slug());
            Map<String, Object> m = model(path, meta(term.name(), labels.format("term.description", "name", term.name()), path,
                    "website", null, null, tax.kind()));
            m.put("term", new Views.TermView(tax.kind(), tax.singular(), term.name(), path, SitePaths.taxonomy(tax.kind()),
                    views.cards(term.articles())));
            return page(path, PageTemplate.TERM, m);
        }

        Job search() {
            String path = SitePaths.SEARCH;
            Map<String, Object> m = model(path, meta(labels.text("search.title"), labels.text("search.description"), path, "website",
                    null, null, "search"));
            m.put("indexPath", SearchIndex.PATH);
            return page(path, PageTemplate.SEARCH, m);
        }

        /** GitHub Pages serves 404.html at any depth, so its links start from the site's base path, not relative. */
        Job notFound() {
            Map<String, Object> m = model("404.html", meta(labels.text("notFound.title"), null, "404.html", "website", null, null, "")
                    .withoutAddress());
            BaseUrl base = config.baseUrl();
            m.put("root", base.path());
            return page("404.html", PageTemplate.NOT_FOUND, m);
        }
    }
}
