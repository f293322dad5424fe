package gazette.build;

import gazette.cache.BuildState;
import gazette.cache.BuildState.OutputEntry;
import gazette.cache.BuildState.SourceEntry;
import gazette.cache.StateStore;
import gazette.config.SiteConfig;
import gazette.content.Article;
import gazette.content.ArticleReader;
import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.diag.Problems;
import gazette.output.FolderSink;
import gazette.render.OutputFile;
import gazette.render.PageMemo;
import gazette.render.RenderedSite;
import gazette.render.SiteRenderer;
import gazette.site.Site;
import gazette.site.SiteAssembler;
import gazette.source.Fingerprint;
import gazette.source.SourceFile;
import gazette.source.SourceReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Builds into a folder, redoing only what changed since the last build there.
 *
 * <p>Two memos make that safe. A source file whose bytes (and settings) are unchanged gives the
 * same article, so its last reading is reused instead of parsing and rendering its Markdown again.
 * A page whose template and data model are unchanged gives the same bytes, so it is not rendered
 * again (see {@link PageMemo}). Everything else (site assembly, lists, feeds, sitemap, search data)
 * is redone every time, and only files whose bytes changed are written. The result is the same,
 * byte for byte, as a clean build: an edit can only ever make more work, never a stale page.
 *
 * <p>The state lives in memory between builds of one process ({@code serve}) and in a file beside
 * the output ({@link StateStore}) between processes. With no usable state, or with {@code clean},
 * the build is a clean one, published all at once as {@link Build} does.
 */
public final class IncrementalBuild {
    private final BuildOptions opts;
    private final FolderSink sink;
    private final StateStore store;
    private final boolean saveEachBuild;
    private BuildState state;

    /** For one build in a process of its own ({@code gazette build}): the state is saved after the build. */
    public IncrementalBuild(BuildOptions opts, FolderSink sink) {
        this(opts, sink, true);
    }

    /**
     * @param saveEachBuild save the state after every build; a long-running process ({@code serve})
     *                      passes false, keeps the state in memory, and calls {@link #saveState} when it stops
     */
    public IncrementalBuild(BuildOptions opts, FolderSink sink, boolean saveEachBuild) {
        this.opts = opts;
        this.sink = sink;
        this.store = new StateStore(opts.outputDir());
        this.saveEachBuild = saveEachBuild;
    }

    /** Saves the last build's state for the next process; a state that can not be saved only costs it time. */
    public synchronized void saveState() {
        if (state != null) {
            save(state);
        }
    }

    /**
     * @param clean ignore what earlier builds left and build everything
     * @throws BuildFailure with every problem found, when the input has errors; nothing is written then
     */
    public BuildResult run(boolean clean) {
        return run(clean, false);
    }

    /**
     * @param clean    ignore what earlier builds left and build everything
     * @param needSite return the site model even when nothing changed (which otherwise skips making it)
     * @throws BuildFailure with every problem found, when the input has errors; nothing is written then
     */
    public synchronized BuildResult run(boolean clean, boolean needSite) {
        long start = System.nanoTime();
        PhaseTimer timer = new PhaseTimer();
        Problems problems = new Problems(Build.PROBLEM_CAP);
        SiteConfig config = Build.readConfig(opts, problems);
        Fingerprint.Value settings = settings();
        List<FingerprintedFile> files = SourceReader.list(opts.siteRoot(), opts.sourceDir(), problems).parallelStream()
                .map(path -> SourceReader.load(opts.siteRoot(), path, problems)).flatMap(Optional::stream)
                .map(file -> new FingerprintedFile(file, file.fingerprint())).toList();
        Fingerprint.Value inputs = inputs(settings, files);
        timer.lap("read sources");

        if (!clean && !needSite && !problems.hasErrors()) {
            BuildState.Summary last = state != null ? state.summary() : store.loadSummary().orElse(BuildState.Summary.NONE);
            if (inputs != null && inputs.equals(last.inputs()) && sink.scan().equals(last.files())) {
                timer.lap("nothing changed");
                return new BuildResult(config, Optional.empty(), last.articles(), last.files().size(), 0,
                        last.warnings(), Duration.ofNanos(System.nanoTime() - start));
            }
        }

        BuildState prior = clean ? BuildState.EMPTY : prior(settings);
        timer.lap("load cache");
        Map<String, SourceEntry> sources = new ConcurrentHashMap<>();
        List<Article> articles = read(config, files, prior, sources, problems);
        timer.lap("read articles");
        Site site = SiteAssembler.assemble(config, articles, problems);
        problems.throwIfErrors();
        timer.lap("assemble");

        Map<String, Long> onDisk = clean || prior.outputs().isEmpty() ? Map.of() : sink.scan();
        boolean inPlace = !onDisk.isEmpty();
        PageMemo memo = inPlace ? (path, key) -> intact(prior, onDisk, path) && key.equals(prior.outputs().get(path).page())
                : PageMemo.NONE;
        timer.lap("scan output");
        Map<Article, Fingerprint.Value> articleKeys = new IdentityHashMap<>();
        sources.values().forEach(e -> e.article().ifPresent(a ->
                articleKeys.put(a, new Fingerprint().add(settings).add(e.content()).value())));
        RenderedSite rendered = new SiteRenderer(Build.templates(opts), opts.templates())
                .render(site, memo, articleKeys::get);
        timer.lap("render");

        Map<String, OutputEntry> outputs = new ConcurrentHashMap<>();
        rendered.files().parallelStream().forEach(f -> outputs.put(f.path(), new OutputEntry(
                rendered.pageKeys().get(f.path()), Fingerprint.of(f.bytes()), f.bytes().length)));
        rendered.kept().forEach(path -> outputs.put(path, prior.outputs().get(path)));
        timer.lap("fingerprint output");
        int written;
        if (inPlace) {
            List<OutputFile> changed = rendered.files().stream()
                    .filter(f -> !intact(prior, onDisk, f.path())
                            || !prior.outputs().get(f.path()).content().equals(outputs.get(f.path()).content()))
                    .toList();
            forgetSavedState();
            sink.update(changed, outputs.keySet());
            written = changed.size();
        } else {
            forgetSavedState();
            sink.publish(rendered.files());
            written = rendered.files().size();
        }
        timer.lap("write");
        Map<String, Long> sizes = new HashMap<>();
        outputs.forEach((path, entry) -> sizes.put(path, entry.size()));
        BuildState.Summary summary = new BuildState.Summary(inputs, articles.size(), problems.warnings(), sizes);
        state = new BuildState(summary, settings, sources, outputs);
        if (saveEachBuild) {
            save(state);
        }
        timer.lap("save cache");
        return new BuildResult(config, Optional.of(site), articles.size(), outputs.size(), written, problems.warnings(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** A source file with the fingerprint of its content, worked out once per build. */
    private record FingerprintedFile(SourceFile file, Fingerprint.Value content) {
    }

    /** Reads every source file, reusing the last reading of each file whose bytes are unchanged. */
    private List<Article> read(SiteConfig config, List<FingerprintedFile> files, BuildState prior,
            Map<String, SourceEntry> sources, Problems problems) {
        ArticleReader reader = new ArticleReader(config, opts.drafts(), new RawCopySources(config));
        return files.parallelStream().map(f -> {
            SourceEntry entry = prior.sources().get(f.file().relPath());
            if (entry == null || !entry.content().equals(f.content())) {
                entry = readOne(reader, f.file(), f.content());
            }
            sources.put(f.file().relPath(), entry);
            entry.problems().forEach(problems::add);
            return entry.article();
        }).flatMap(Optional::stream).toList();
    }

    /**
     * Everything a build's output depends on: the settings, every source file, and every file in
     * the site's templates folder (templates and assets). The built-in theme is part of Gazette,
     * which the cache file is tied to.
     */
    /** @return null when the templates can not be read, so the fast way is not taken */
    private Fingerprint.Value inputs(Fingerprint.Value settings, List<FingerprintedFile> files) {
        Fingerprint f = new Fingerprint().add(settings).add(files.size());
        files.forEach(file -> f.add(file.content()));
        Path templates = opts.templates();
        if (Files.isDirectory(templates)) {
            try (Stream<Path> walk = Files.walk(templates)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    f.add(templates.relativize(p).toString()).add(Files.readAllBytes(p));
                }
            } catch (IOException | UncheckedIOException e) {
                return null; // the full build reports it
            }
        }
        return f.value();
    }

    private static SourceEntry readOne(ArticleReader reader, SourceFile file, Fingerprint.Value content) {
        Problems own = new Problems(Integer.MAX_VALUE);
        Optional<Article> article = SourceReader.split(file, own).flatMap(doc -> reader.read(doc, own));
        return new SourceEntry(content, article, own.all());
    }

    /** Whether the output file is on disk as the last build left it (by size: content is not read back). */
    private static boolean intact(BuildState prior, Map<String, Long> onDisk, String path) {
        OutputEntry last = prior.outputs().get(path);
        return last != null && Long.valueOf(last.size()).equals(onDisk.get(path));
    }

    /** The state to build on: this process's last, else the saved one, when made with the same settings. */
    private BuildState prior(Fingerprint.Value settings) {
        BuildState known = state != null ? state : store.load().orElse(BuildState.EMPTY);
        return known.settings().equals(settings) ? known : BuildState.EMPTY;
    }

    /**
     * Everything that changes how every file is read or what every page shows, beyond the sources
     * and templates: the configuration file's bytes and the command-line settings.
     */
    private Fingerprint.Value settings() {
        Fingerprint f = new Fingerprint();
        try {
            f.add(Files.readAllBytes(opts.configFile()));
        } catch (IOException e) {
            f.tag(0); // readConfig has already reported it
        }
        f.add(opts.baseUrl().orElse("")).add(opts.drafts() ? 1 : 0)
                .add(Build.rel(opts, opts.sourceDir())).add(Build.rel(opts, opts.templates()));
        return f.value();
    }

    private void forgetSavedState() {
        try {
            store.forget();
        } catch (IOException e) {
            throw new BuildFailure(Problem.error(Build.rel(opts, store.file()), 0, 0,
                    "cannot remove the build cache: " + e.getMessage(), "delete it, or build with --clean"));
        }
    }

    /** A cache that can not be saved only costs the next build time, so it is not an error. */
    private void save(BuildState built) {
        try {
            store.save(built);
        } catch (IOException e) {
            // The next process builds clean; this one still has the state in memory.
        }
    }
}
