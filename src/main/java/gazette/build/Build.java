package gazette.build;

import gazette.config.BaseUrl;
import gazette.config.ConfigReader;
import gazette.config.SiteConfig;
import gazette.content.Article;
import gazette.content.ArticleReader;
import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.diag.Problems;
import gazette.output.OutputSink;
import gazette.render.OutputFile;
import gazette.render.SiteRenderer;
import gazette.render.TemplateEngine;
import gazette.site.Site;
import gazette.site.SiteAssembler;
import gazette.source.SourceDoc;
import gazette.source.SourceReader;
import gazette.source.StaticFiles;
import gazette.source.StaticFolder;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs the stages in order, from scratch. Nothing is written unless every stage before publishing
 * succeeded. {@link IncrementalBuild} runs the same stages, reusing what an earlier build made.
 */
public final class Build {
    /** How many problems a build's report lists; more are counted, not listed. */
    public static final int PROBLEM_CAP = 100;

    private Build() {
    }

    /**
     * @throws BuildFailure with every problem found, when the input has errors; nothing is published then
     */
    public static BuildResult run(BuildOptions opts, OutputSink sink) {
        long start = System.nanoTime();
        Problems problems = new Problems(PROBLEM_CAP);
        opts.refuseFoldersLinkedOutside();
        opts.refuseStaticFolderHoldingSources();
        SiteConfig config = readConfig(opts, problems);
        SourceReader.Listing listing = SourceReader.listAll(opts.siteRoot(), opts.sourceDir(), problems);
        StaticFiles statics = StaticFolder.list(opts.siteRoot(), opts.staticDir(), problems);
        List<SourceDoc> docs = SourceReader.readAll(opts.siteRoot(), opts.sourceDir(), listing, problems);
        List<Article> articles = new ArticleReader(config, opts.drafts(), new RawCopySources(config), listing.media())
                .readAll(docs, problems);
        Site site = SiteAssembler.assemble(config, articles, listing.media().files(), problems).withStatics(statics.files());
        problems.throwIfErrors();
        TemplateEngine templates = templates(opts);
        List<OutputFile> files = new SiteRenderer(templates, opts.templates()).render(site);
        int written = sink.publish(files);
        return new BuildResult(config, Optional.of(site), articles.size(), files.size(), written, problems.warnings(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    static SiteConfig readConfig(BuildOptions opts, Problems problems) {
        SiteConfig config = ConfigReader.read(opts.configFile(), rel(opts, opts.configFile()), problems)
                .orElseThrow(problems::failure);
        if (opts.baseUrl().isPresent()) {
            BaseUrl url = BaseUrl.parse(opts.baseUrl().get()).orElseThrow(() -> new BuildFailure(Problem.error(
                    "--base-url", 0, 0, "'" + opts.baseUrl().get() + "' is not an http(s) URL")));
            config = config.withBaseUrl(url);
        } else if (config.baseUrl().equals(ConfigReader.LOCAL_PREVIEW)) {
            // Every absolute link of a published site (feeds, sitemap, canonical and share links) is made from it.
            problems.warning(rel(opts, opts.configFile()), 1, 1, "baseUrl is " + ConfigReader.LOCAL_PREVIEW.value()
                    + " (the default when none is set): feeds, the sitemap and canonical links point there; set baseUrl"
                    + " to the address the site is published at, e.g. https://example.github.io/uk-kazakhstan/");
        }
        return config;
    }

    static TemplateEngine templates(BuildOptions opts) {
        return new TemplateEngine(opts.templates(), rel(opts, opts.templates()));
    }

    static String rel(BuildOptions opts, java.nio.file.Path path) {
        return SourceReader.relative(opts.siteRoot(), path);
    }
}
