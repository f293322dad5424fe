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
import gazette.render.EarlyOutput;
import gazette.render.OutputFile;
import gazette.render.PageMemo;
import gazette.render.PageTemplate;
import gazette.render.RenderedSite;
import gazette.render.SearchDocs;
import gazette.render.SiteRenderer;
import gazette.render.TakenFile;
import gazette.render.TemplateEngine;
import gazette.render.ViewCache;
import gazette.site.Site;
import gazette.site.SiteAssembler;
import gazette.site.TextEdits;
import gazette.source.FileStamp;
import gazette.source.Fingerprint;
import gazette.source.MediaFile;
import gazette.source.MediaFiles;
import gazette.source.SourceFile;
import gazette.source.SourceReader;
import gazette.source.StaticFiles;
import gazette.source.StaticFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds into a folder, redoing only what changed since the last build there.
 *
 * <p>Two memos make that safe. A source file whose bytes (and settings) are unchanged gives the
 * same article, so its last reading is reused instead of parsing and rendering its Markdown again.
 * A page whose template and data model are unchanged gives the same bytes, so it is not rendered
 * again (see {@link PageMemo}). Everything else (site assembly, lists, feeds, sitemap, search data)
 * is redone every time, except after an edit of articles' text alone ({@link #textEdits}), which
 * can not change a list; and only files whose bytes changed are written. The result is the same,
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
    private final boolean resident;
    private final ViewCache views;
    private BuildState state;
    /** The source files as the last successful build read them, by absolute path; null when unknown. */
    private NavigableMap<Path, FingerprintedFile> lastFiles;
    /** The media files the last successful build published; null when unknown. */
    private MediaFiles lastMedia;
    /**
     * The problems listing the source folder reported for the last successful build (files it does
     * not read, media it does not publish), which a build re-reading only the changed paths reports
     * again; null when unknown.
     */
    private List<Problem> lastListed;
    /** The last successful build's site, for {@link #textEdits}. */
    private Site lastSite;
    /** The last successful build's article keys (see {@link #articleKeys}), for the next text edit; null when unknown. */
    private Map<Article, Fingerprint.Value> lastKeys;

    /** For one build in a process of its own ({@code gazette build}): the state is saved after the build. */
    public IncrementalBuild(BuildOptions opts, FolderSink sink) {
        this(opts, sink, false);
    }

    /**
     * @param resident whether this serves a long-running process ({@code serve}) that alone writes the
     *                 output folder while it runs: the state stays in memory between builds (the caller
     *                 calls {@link #saveState} when it stops), and after the first build the output
     *                 folder is taken to hold what the last build left there, without listing it again
     */
    public IncrementalBuild(BuildOptions opts, FolderSink sink, boolean resident) {
        this.opts = opts;
        this.sink = sink;
        this.store = new StateStore(opts.outputDir());
        this.resident = resident;
        this.views = new ViewCache(resident);
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
        return run(clean, false, SourceChanges.UNKNOWN);
    }

    /**
     * @param clean    ignore what earlier builds left and build everything
     * @param needSite return the site model even when nothing changed (which otherwise skips making it)
     * @param changes  the source files changed since the last build of this object, when a watcher knows
     * @throws BuildFailure with every problem found, when the input has errors; nothing is written then
     */
    public synchronized BuildResult run(boolean clean, boolean needSite, SourceChanges changes) {
        // Refused before the hold, whose lock file beside the output folder would land among the sources.
        opts.refuseOverlappingFolders();
        try (FolderSink.Hold held = sink.hold()) {
            return runHeld(clean, needSite, changes);
        }
    }

    private BuildResult runHeld(boolean clean, boolean needSite, SourceChanges changes) {
        long start = System.nanoTime();
        PhaseTimer timer = new PhaseTimer();
        Problems problems = new Problems(Build.PROBLEM_CAP);
        SiteConfig config = Build.readConfig(opts, problems);
        Fingerprint.Value settings = settings();
        // Without a state in memory, the output folder is listed on a thread of its own while the
        // sources are read: on a large site it waits on the file system about as long as they take.
        // A folder Gazette may not replace is refused first, never walked.
        boolean listing = !resident || state == null;
        if (listing) {
            sink.checkReplaceable(); // the folders' overlap was refused by run, before the hold
        }
        CompletableFuture<Map<String, Long>> listed = listing ? inBackground(sink::scan) : null;
        NavigableMap<Path, FingerprintedFile> known = lastFiles;
        MediaFiles knownMedia = lastMedia;
        List<Problem> knownListed = lastListed;
        Site knownSite = lastSite;
        Map<Article, Fingerprint.Value> knownKeys = lastKeys;
        lastFiles = null; // until this build succeeds
        lastMedia = null;
        lastListed = null;
        lastSite = null;
        lastKeys = null;
        // What the last build left: enough to skip reading unchanged files, and a build with nothing changed.
        BuildState.Summary last = clean ? BuildState.Summary.NONE
                : state != null ? state.summary() : store.loadSummary().orElse(BuildState.Summary.NONE);
        Sources read = clean || known == null || knownMedia == null || knownListed == null || !changes.known()
                ? readSources(problems, last.sources()) : rereadChanged(known, knownMedia, knownListed, changes.paths(), problems);
        NavigableMap<Path, FingerprintedFile> fileMap = read.files();
        MediaFiles media = read.media();
        // The static folder is listed whole by every build, a watcher's changes or not: it is small,
        // and its files are read only when their stamps changed.
        Problems staticProblems = new Problems(Integer.MAX_VALUE);
        StaticFiles statics = StaticFolder.list(opts.siteRoot(), opts.staticDir(), staticProblems);
        staticProblems.all().forEach(problems::add);
        Fingerprint.Value mediaPrint = copiedPrint(media, statics);
        List<FingerprintedFile> files = List.copyOf(fileMap.values());
        Fingerprint.Value templates = templatesPrint();
        Fingerprint.Value inputs = inputs(settings, files, templates, mediaPrint, concat(read.listed(), staticProblems.all()));
        timer.lap("read sources");

        if (!clean && !needSite && !problems.hasErrors()) {
            if (inputs != null && inputs.equals(last.inputs()) && outputFolder(listed).equals(last.files())) {
                timer.lap("nothing changed");
                lastFiles = fileMap;
                lastMedia = media;
                lastListed = read.listed();
                lastSite = knownSite;
                lastKeys = knownKeys;
                return new BuildResult(config, Optional.empty(), last.articles(), last.files().size(), 0,
                        last.warnings(), Duration.ofNanos(System.nanoTime() - start));
            }
        }

        // The templates are compiled on a thread of their own while the cache and the articles are
        // read: on a small site that is a third of the build's time after start-up. A resident build
        // after the first finds them compiled (TemplateEngine keeps them while they are unchanged).
        CompletableFuture<TemplateEngine> engine = resident && state != null ? null : inBackground(() -> {
            TemplateEngine templateEngine = Build.templates(opts);
            templateEngine.compile(PageTemplate.fileNames());
            return templateEngine;
        });
        BuildState prior = clean ? BuildState.EMPTY : prior(settings);
        timer.lap("load cache");
        Map<String, SourceEntry> sources = new HashMap<>();
        Set<String> fresh = new HashSet<>();
        List<Article> articles = read(config, files, media, prior, sources, fresh, problems);
        timer.lap("read articles");
        Map<String, Long> onDisk = clean || prior.outputs().isEmpty() ? Map.of() : outputFolder(listed);
        boolean inPlace = !onDisk.isEmpty();
        PageMemo memo = inPlace ? (path, key) -> intact(prior, onDisk, path) && key.equals(prior.outputs().get(path).page())
                : PageMemo.NONE;
        timer.lap("scan output");
        Map<Article, Article> textEdits = !inPlace || problems.hasErrors() ? null
                : textEdits(prior, sources, fresh, templates, mediaPrint, onDisk);
        // The last site in memory with the edits put in is the one assembling would give; a new
        // process has none, and assembles it (the lists come out as the last build's all the same).
        Site site;
        if (textEdits != null && knownSite != null && prior == state) {
            site = TextEdits.apply(knownSite, textEdits);
            SiteAssembler.reportSharedNames(articles, problems); // as assembling would; text edits change no name
        } else {
            site = SiteAssembler.assemble(config, articles, media.files(), problems).withStatics(statics.files());
        }
        problems.throwIfErrors();
        timer.lap("assemble");
        Map<Article, Fingerprint.Value> keys = articleKeys(settings, sources, fresh, textEdits, knownKeys);
        Function<Article, Fingerprint.Value> articleKeys = keys::get;
        SiteRenderer renderer = new SiteRenderer(engine == null ? Build.templates(opts) : result(engine), opts.templates(), views);
        // Files are handed to the output as they render (found in the folder, or staged beside a new
        // one), and the rendered site is passed on, never held here: a large site's pages (a few
        // hundred megabytes) are then not all held at once, and what is held can be collected while
        // the cache is saved. A resident build after the first renders only what changed, and keeps it.
        EarlyOutput early = listed == null ? EarlyOutput.NONE : sink.early(result(listed));
        Published published = publish(textEdits != null
                ? renderer.renderTextEdits(site, textEdits.values(), memo, articleKeys, prior.outputs().keySet(), prior.searchDocs())
                : render(renderer, site, memo, articleKeys, prior.searchDocs(), early), prior, onDisk, inPlace, listed, timer);
        Map<String, OutputEntry> outputs = published.outputs();
        Map<String, Long> sizes = new HashMap<>();
        outputs.forEach((path, entry) -> sizes.put(path, entry.size()));
        Map<String, BuildState.SourceStamp> stamps = new HashMap<>();
        files.forEach(f -> {
            if (f.stamp() != null) {
                stamps.put(f.relPath(), f.stamp());
            }
        });
        BuildState.Summary summary = new BuildState.Summary(inputs, articles.size(), problems.warnings(), sizes, stamps);
        state = new BuildState(summary, settings, templates, mediaPrint, sources, outputs, published.searchDocs());
        if (!resident && !save(state)) {
            problems.warning(Build.rel(opts, store.file()), 0, 0, "the build cache could not be saved (" + lastSaveFailure
                    + "): the next build will redo every page");
        }
        lastFiles = fileMap;
        lastMedia = media;
        lastListed = read.listed();
        lastSite = site;
        lastKeys = keys;
        timer.lap("save cache");
        return new BuildResult(config, Optional.of(site), articles.size(), outputs.size(), published.written(), problems.warnings(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Renders every page the memo does not know, and removes what the early output began should that fail. */
    private RenderedSite render(SiteRenderer renderer, Site site, PageMemo memo, Function<Article, Fingerprint.Value> articleKeys,
            SearchDocs searchDocs, EarlyOutput early) {
        try {
            return renderer.render(site, memo, articleKeys, searchDocs, early);
        } catch (RuntimeException | Error e) {
            sink.abandon();
            throw e;
        }
    }

    /** What writing a rendered site left: every output file's entry, how many were written, the search documents. */
    private record Published(Map<String, OutputEntry> outputs, int written, SearchDocs searchDocs) {
    }

    /** Fingerprints the rendered files and writes those that changed (in place) or all of them (a new folder). */
    private Published publish(RenderedSite rendered, BuildState prior, Map<String, Long> onDisk, boolean inPlace,
            CompletableFuture<Map<String, Long>> listed, PhaseTimer timer) {
        timer.lap("render");
        List<OutputEntry> made = rendered.files().parallelStream().map(f -> new OutputEntry(
                rendered.pageKeys().get(f.path()), f.content(), f.size())).toList();
        Map<String, OutputEntry> outputs = new HashMap<>((made.size() + rendered.kept().size()) * 4 / 3 + 1);
        for (int i = 0; i < made.size(); i++) {
            outputs.put(rendered.files().get(i).path(), made.get(i));
        }
        rendered.kept().forEach(path -> outputs.put(path, prior.outputs().get(path)));
        rendered.taken().forEach(f -> outputs.put(f.path(), new OutputEntry(rendered.pageKeys().get(f.path()), f.content(), f.size())));
        timer.lap("fingerprint output");
        int written;
        if (inPlace) {
            List<OutputFile> changed = rendered.files().stream()
                    .filter(f -> !intact(prior, onDisk, f.path())
                            || !prior.outputs().get(f.path()).content().equals(outputs.get(f.path()).content()))
                    .toList();
            List<String> gone = onDisk.keySet().stream().filter(path -> !outputs.containsKey(path)).sorted().toList();
            forgetSavedState();
            written = sink.update(changed, gone);
        } else {
            forgetSavedState();
            List<String> taken = rendered.taken().stream().map(TakenFile::path).toList();
            written = listed != null ? sink.publish(rendered.files(), taken, result(listed))
                    : sink.publish(rendered.files(), taken, sink.scan());
        }
        timer.lap("write");
        // A search data file left as it was was made from the same articles, so from the same documents.
        return new Published(outputs, written, rendered.searchDocs() != null ? rendered.searchDocs() : prior.searchDocs());
    }

    /**
     * What the output folder holds now, by path with sizes, as listed at the start of this build.
     * A resident build that has built once knows that from its state: listing ten thousand folders
     * would cost more than the rebuild.
     */
    private Map<String, Long> outputFolder(CompletableFuture<Map<String, Long>> listed) {
        return listed == null ? state.summary().files() : result(listed);
    }

    /** Runs {@code task} on a thread of its own, which does not keep the process alive. */
    private static <T> CompletableFuture<T> inBackground(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, runnable -> {
            Thread thread = new Thread(runnable, "gazette-prefetch");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The task's result, or the failure it threw (a {@link BuildFailure} when the folder can not be listed). */
    private static <T> T result(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Each article's key: its source file's fingerprint with the settings and, for each media file its
     * text names, whether that was published (which its page's links depend on), by article object. After
     * a text edit, the last build's keys with the edited articles' swapped (changed in place: the last
     * build's map is this build's, as {@code run} forgets it until this build succeeds); else worked
     * out for every article.
     */
    private static Map<Article, Fingerprint.Value> articleKeys(Fingerprint.Value settings, Map<String, SourceEntry> sources,
            Set<String> fresh, Map<Article, Article> textEdits, Map<Article, Fingerprint.Value> known) {
        Function<SourceEntry, Fingerprint.Value> key = e -> {
            Fingerprint f = new Fingerprint().add(settings).add(e.content());
            e.article().ifPresent(a -> a.media().forEach(m -> f.add(m.file()).add(m.published() ? 1 : 0)));
            return f.value();
        };
        if (textEdits != null && known != null) {
            textEdits.keySet().forEach(known::remove);
            for (String path : fresh) { // the edited files: each gave one of the edits' new articles
                SourceEntry e = sources.get(path);
                e.article().ifPresent(a -> known.put(a, key.apply(e)));
            }
            return known;
        }
        Map<Article, Fingerprint.Value> keys = new IdentityHashMap<>(sources.size());
        sources.values().forEach(e -> e.article().ifPresent(a -> keys.put(a, key.apply(e))));
        return keys;
    }

    /**
     * The edited articles, old to new, when every change since the last build is an edit of
     * articles' text alone ({@link TextEdits}): the same source files, settings, templates and media files, and
     * no list-visible change, with the last build's output all still on disk. Then only the edited
     * pages, feeds and search data can differ from what the last build made, and the rest is kept
     * without working out its pages' keys (on a large site, most of the cost of such a rebuild).
     * Null otherwise.
     */
    private Map<Article, Article> textEdits(BuildState prior, Map<String, SourceEntry> sources, Set<String> fresh,
            Fingerprint.Value templates, Fingerprint.Value media, Map<String, Long> onDisk) {
        // Every entry not read afresh is the prior's, under the same path: the same files are there
        // when there are as many and each fresh one was there before.
        if (templates == null || !templates.equals(prior.templates()) || !media.equals(prior.media())
                || sources.size() != prior.sources().size()
                || !prior.sources().keySet().containsAll(fresh)
                || !prior.outputs().keySet().stream().allMatch(path -> intact(prior, onDisk, path))) {
            return null;
        }
        Map<Article, Article> edits = new IdentityHashMap<>();
        for (String path : fresh) {
            SourceEntry before = prior.sources().get(path);
            SourceEntry after = sources.get(path);
            if (before.article().isEmpty() || after.article().isEmpty()
                    || !TextEdits.onlyText(before.article().get(), after.article().get())) {
                return null;
            }
            edits.put(before.article().get(), after.article().get());
        }
        return edits;
    }

    /**
     * Lists the whole source folder and reads every file whose stamp is not the one it had when the
     * last build read it (see {@link FileStamp}); the others are taken to hold what that build read.
     *
     * @param stamps the last build's stamps, by path relative to the site folder
     */
    private Sources readSources(Problems problems, Map<String, BuildState.SourceStamp> stamps) {
        NavigableMap<Path, FingerprintedFile> files = new TreeMap<>();
        Problems listingProblems = new Problems(Integer.MAX_VALUE);
        SourceReader.Listing listing = SourceReader.listAll(opts.siteRoot(), opts.sourceDir(), listingProblems);
        listingProblems.all().forEach(problems::add);
        listing.articles().parallelStream()
                .map(listed -> readOrReuse(listed, SourceReader.relative(opts.siteRoot(), listed.path()), stamps, problems))
                .flatMap(Optional::stream).toList()
                .forEach(f -> files.put(key(f.path()), f));
        return new Sources(files, listing.media(), listingProblems.all());
    }

    /**
     * The source files read, by absolute path, the media files found beside them, and the problems
     * the listing reported (part of the build's input: the files it names are in no other fingerprint).
     */
    private record Sources(NavigableMap<Path, FingerprintedFile> files, MediaFiles media, List<Problem> listed) {
    }

    /** The file with its fingerprint: the last build's when its stamps are as they were then, else read now. */
    private Optional<FingerprintedFile> readOrReuse(SourceReader.ListedFile listed, String relPath,
            Map<String, BuildState.SourceStamp> stamps, Problems problems) {
        // Stamped (as listed) before reading: should the file be written while it is read, the next build sees a newer stamp.
        Path path = listed.path();
        Optional<FileStamp> stamp = listed.stamp();
        Optional<FileStamp> sidecar = path.getFileName().toString().endsWith(".txt")
                ? FileStamp.of(SourceReader.sidecarOf(path)) : Optional.of(FileStamp.ABSENT);
        BuildState.SourceStamp known = stamps.get(relPath);
        if (known != null && stamp.isPresent() && sidecar.isPresent()
                && known.file().equals(stamp.get()) && known.sidecar().equals(sidecar.get())) {
            return Optional.of(new FingerprintedFile(path, relPath, known.content(), null, known));
        }
        return SourceReader.load(opts.siteRoot(), opts.sourceDir(), path, problems).map(file -> {
            Fingerprint.Value content = file.fingerprint();
            BuildState.SourceStamp now = stamp.isPresent() && sidecar.isPresent()
                    ? new BuildState.SourceStamp(stamp.get(), sidecar.get(), content) : null;
            return new FingerprintedFile(path, relPath, content, file, now);
        });
    }

    /**
     * The last build's source and media files with the changed paths read again: what
     * {@link #readSources} would give, at the cost of the edit. A changed path is a file (an article,
     * a raw-copy sidecar, which is read with its article, or a media file) or a deleted folder; a
     * folder that exists (created or moved in), or a change to what the listing reports (see
     * {@link #changesListing}), means listing everything again. Paths outside the source folder
     * (configuration, templates) are read in full by every build anyway.
     *
     * @param knownListed the problems the last build's listing reported, reported again when they still hold
     */
    private Sources rereadChanged(NavigableMap<Path, FingerprintedFile> known, MediaFiles knownMedia,
            List<Problem> knownListed, Set<Path> changed, Problems problems) {
        Path root = key(opts.sourceDir());
        // Reported only once no change has called for listing everything, which would report them again.
        Problems found = new Problems(Integer.MAX_VALUE);
        // Changed in place: the last build's map is this build's to change (run() forgets it until this build succeeds).
        NavigableMap<Path, FingerprintedFile> files = known;
        NavigableMap<String, MediaFile> media = new TreeMap<>(knownMedia.byName());
        for (Path path : changed) {
            Path p = key(path);
            if (!p.startsWith(root)) {
                continue;
            }
            if (p.equals(root) || Files.isDirectory(p) || changesListing(root, p, knownListed)) {
                return readSources(problems, state != null ? state.summary().sources() : Map.of());
            }
            files.keySet().removeIf(k -> k.startsWith(p)); // the file, or every file of a deleted folder
            Path article = SourceReader.ownerOf(p);
            files.remove(article);
            if (Files.isRegularFile(article) && SourceReader.isSource(root, article)) {
                SourceReader.load(opts.siteRoot(), opts.sourceDir(), opts.sourceDir().resolve(root.relativize(article)), found)
                        .ifPresent(file -> files.put(article, FingerprintedFile.of(file)));
            }
            String name = root.relativize(p).toString().replace('\\', '/');
            media.keySet().removeIf(k -> k.equals(name) || k.startsWith(name + "/")); // the file, or those of a deleted folder
            if (Files.isRegularFile(p) && SourceReader.isMedia(root, p)) {
                Problems own = new Problems(Integer.MAX_VALUE);
                SourceReader.media(opts.siteRoot(), opts.sourceDir(), opts.sourceDir().resolve(root.relativize(p)), FileStamp.of(p),
                        own).ifPresent(m -> media.put(m.name(), m));
                if (!own.all().isEmpty()) { // a listing problem, which the listing reports in its place among the others
                    return readSources(problems, state != null ? state.summary().sources() : Map.of());
                }
            }
        }
        knownListed.forEach(problems::add);
        found.all().forEach(problems::add);
        return new Sources(files, new MediaFiles(opts.sourceDir(), media), knownListed);
    }

    /**
     * Whether a changed path can change what listing the source folder reports: the path, or for raw
     * copy the sidecar its creation or deletion makes stray or not, is named in a problem of the last
     * listing or would be named in one now. Then only listing again gives the clean build's warnings.
     */
    private boolean changesListing(Path root, Path p, List<Problem> listed) {
        List<Path> affected = p.getFileName().toString().endsWith(".txt") ? List.of(p, SourceReader.sidecarOf(p)) : List.of(p);
        for (Path a : affected) {
            String rel = SourceReader.relative(opts.siteRoot(), a);
            if (listed.stream().anyMatch(problem -> problem.file().equals(rel) || problem.file().startsWith(rel + "/"))) {
                return true;
            }
            // As the listing looks at an entry: not following a link, anything but a folder.
            if (Files.exists(a, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(a, LinkOption.NOFOLLOW_LINKS)
                    && SourceReader.isNotRead(root, a)) {
                return true;
            }
        }
        return false;
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /**
     * A source file with the fingerprint of its content.
     *
     * @param loaded its content when it was read for the fingerprint; null when the fingerprint is the last build's
     * @param stamp  its stamp when it was read, for the next build; null when the file system gives none worth keeping
     */
    private record FingerprintedFile(Path path, String relPath, Fingerprint.Value content, SourceFile loaded,
            BuildState.SourceStamp stamp) {
        static FingerprintedFile of(SourceFile file) {
            return new FingerprintedFile(file.path(), file.relPath(), file.fingerprint(), file, null);
        }

        /** Its content, read now if it was not when it was listed. */
        Optional<SourceFile> file(Path siteRoot, Path sourceDir, Problems problems) {
            return loaded != null ? Optional.of(loaded) : SourceReader.load(siteRoot, sourceDir, path, problems);
        }
    }

    /**
     * Reads every source file, reusing the last reading of each file whose bytes are unchanged.
     *
     * @param sources filled with every file's entry, by path relative to the site folder
     * @param fresh   filled with the paths of the files read now, the others' entries being the prior's
     */
    private List<Article> read(SiteConfig config, List<FingerprintedFile> files, MediaFiles media, BuildState prior,
            Map<String, SourceEntry> sources, Set<String> fresh, Problems problems) {
        ArticleReader reader = new ArticleReader(config, opts.drafts(), new RawCopySources(config), media);
        // Parse the new and changed files on all cores; then gather every file's entry in file order.
        Map<String, SourceEntry> read = new ConcurrentHashMap<>();
        files.stream().filter(f -> !unchanged(prior, f, media)).toList().parallelStream()
                .forEach(f -> read.put(f.relPath(), readOne(reader, f)));
        fresh.addAll(read.keySet());
        List<Article> articles = new ArrayList<>(files.size());
        for (FingerprintedFile f : files) {
            String relPath = f.relPath();
            SourceEntry entry = read.get(relPath);
            if (entry == null) {
                entry = prior.sources().get(relPath);
            }
            sources.put(relPath, entry);
            entry.problems().forEach(problems::add);
            entry.article().ifPresent(articles::add);
        }
        return articles;
    }

    /**
     * Whether the last reading of a file holds: its bytes are the same, and so is, for each media file
     * its text names, whether one is published (which decides where its links lead).
     */
    private static boolean unchanged(BuildState prior, FingerprintedFile f, MediaFiles media) {
        SourceEntry entry = prior.sources().get(f.relPath());
        return entry != null && entry.content().equals(f.content())
                && entry.article().map(a -> a.media().stream().allMatch(m -> m.published() == media.published(m.file()))).orElse(true);
    }

    /**
     * Everything a build's output and warnings depend on: the settings, every source file, every media
     * and static file's name and key, every file in the site's templates folder (templates and assets),
     * and the listings' problems, which name the files it does not read (a stray sidecar, {@code x.markdown}):
     * without them, adding or deleting such a file would leave the last build's warnings standing. The
     * built-in theme is part of Gazette, which the cache file is tied to. Null when the templates can
     * not be read, so the fast way is not taken.
     */
    private Fingerprint.Value inputs(Fingerprint.Value settings, List<FingerprintedFile> files, Fingerprint.Value templates,
            Fingerprint.Value media, List<Problem> listed) {
        if (templates == null) {
            return null;
        }
        Fingerprint f = new Fingerprint().add(settings).add(files.size());
        files.forEach(file -> f.add(file.content()));
        f.add(listed.size());
        listed.forEach(problem -> f.add(problem.toString()));
        return f.add(templates).add(media).value();
    }

    /**
     * Changes whenever a file published as it is changes: a media file in the source folder or a
     * file in the static folder (added, removed, renamed, or a new key). Kept as the state's one
     * {@code media} value, so an edit of a static file, like one of a picture, is never a text edit.
     */
    private static Fingerprint.Value copiedPrint(MediaFiles media, StaticFiles statics) {
        return new Fingerprint().add(media.fingerprint()).add(statics.fingerprint()).value();
    }

    private static List<Problem> concat(List<Problem> first, List<Problem> second) {
        if (second.isEmpty()) {
            return first;
        }
        List<Problem> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Every file in the site's templates folder (templates and assets); null when it can not be read. */
    private Fingerprint.Value templatesPrint() {
        Fingerprint f = new Fingerprint();
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

    private SourceEntry readOne(ArticleReader reader, FingerprintedFile f) {
        Problems own = new Problems(Integer.MAX_VALUE);
        Optional<Article> article = f.file(opts.siteRoot(), opts.sourceDir(), own).flatMap(file -> SourceReader.split(file, own))
                .flatMap(doc -> reader.read(doc, own));
        return new SourceEntry(f.content(), article, own.all());
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
                .add(Build.rel(opts, opts.sourceDir())).add(Build.rel(opts, opts.templates()))
                .add(Build.rel(opts, opts.staticDir()));
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

    /** Why the last save failed, for the warning. */
    private String lastSaveFailure = "";

    /**
     * A cache that can not be saved only costs the next build time, so it is not an error; whether it was
     * saved (a full disk was silent, and left its half-written file beside the folder).
     */
    private boolean save(BuildState built) {
        try {
            store.save(built);
            return true;
        } catch (IOException e) {
            lastSaveFailure = e.getMessage() == null ? e.toString() : e.getMessage();
            return false; // the next process builds clean; this one still has the state in memory
        }
    }
}
