package gazette.serve;

import gazette.build.BuildOptions;
import gazette.build.SourceChanges;
import gazette.output.DirectorySink;
import gazette.source.EditorTemporaryFiles;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches what a build reads and calls back once things have settled. The source, templates and
 * static folders are watched with every sub-folder, including ones created later; the config file's
 * folder (usually the site folder itself, beside {@code .git} and {@code target}) only at its top,
 * and only the config file there counts. Any of those folders may be missing (a site on the built-in
 * theme has no templates folder, most sites no static folder) or be deleted and made again while
 * serving, so the folders above each are watched at their top too, down from the nearest that
 * exists: creating the folder is a change, and it is then watched whole. The output folder, the sink's staging folders and editor
 * temporary files are ignored, so a build never triggers itself.
 *
 * <p>Editors save in several steps (write a temporary file, rename, touch), so changes are
 * debounced: the callback runs once {@link #DEBOUNCE_MS} pass without another change. The paths
 * seen meanwhile are collected for the build ({@link #takeChanges}), so it re-reads only those.
 */
final class SourceWatcher implements AutoCloseable {
    /**
     * An editor's save (temporary file, rename, touch) takes a few milliseconds; 30 ms covers it
     * with room to spare and is a fifth of the save-to-served budget. A change that comes later
     * still counts: it starts another rebuild.
     */
    static final long DEBOUNCE_MS = 30;

    /** The source, templates and static folders, whether or not they exist (none below another). */
    private final List<Path> deepRoots = new ArrayList<>();
    private final Path configFile;
    private final Path configDir;
    private final List<Path> ignored;
    private final Runnable onChange;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService loop = Executors.newSingleThreadExecutor(DevServer.daemon("gazette-watch"));
    private DirectoryWatcher watcher;
    private ScheduledFuture<?> pending;
    /** Paths changed since the last {@link #takeChanges}; null after an event that names no path (lost events). */
    private Set<Path> changes = new HashSet<>();

    SourceWatcher(BuildOptions opts, ScheduledExecutorService scheduler, Runnable onChange) {
        this.scheduler = scheduler;
        this.onChange = onChange;
        this.configFile = abs(opts.configFile());
        this.configDir = configFile.getParent();
        Path output = abs(opts.outputDir());
        this.ignored = List.of(output, DirectorySink.beside(output, ".staging"), DirectorySink.beside(output, ".old"),
                DirectorySink.beside(output, ".changed"));
        for (Path dir : Stream.of(opts.sourceDir(), opts.templates(), opts.staticDir()).map(SourceWatcher::abs).sorted().toList()) {
            if (!underDeepRoot(dir)) {
                deepRoots.add(dir);
            }
        }
    }

    /**
     * Starts watching; when this returns, every folder is registered and changes from now on count.
     * The roots are each existing source, templates or static folder, the config folder, and for each
     * of the first three the nearest folder above it that exists, where its creation (or deletion) shows.
     */
    void start() throws IOException {
        Set<Path> roots = new LinkedHashSet<>();
        for (Path dir : deepRoots) {
            if (Files.isDirectory(dir)) {
                roots.add(dir);
            }
            Path above = dir.getParent();
            while (above != null && !Files.isDirectory(above)) {
                above = above.getParent();
            }
            if (above != null && !underDeepRoot(above)) {
                roots.add(above);
            }
        }
        if (Files.isDirectory(configDir) && !underDeepRoot(configDir)) {
            roots.add(configDir);
        }
        watcher = DirectoryWatcher.builder()
                .paths(List.copyOf(roots))
                .fileHashing(false)
                .fileTreeVisitor(this::visit)
                .listener(new DirectoryChangeListener() {
                    @Override
                    public void onEvent(DirectoryChangeEvent event) {
                        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) {
                            changed(null);
                        } else if (matters(event.path())) {
                            changed(abs(event.path()));
                        }
                    }

                    @Override
                    public void onException(Exception e) {
                        // A folder vanished while being registered; the next event or build sorts it out.
                    }
                })
                .build();
        watcher.watchAsync(loop);
    }

    /** Whether a change to this path can change the site. */
    boolean matters(Path path) {
        if (path == null) {
            return true;
        }
        Path p = abs(path);
        if (isIgnored(p) || p.getFileName() == null || EditorTemporaryFiles.is(p.getFileName().toString())) {
            return false;
        }
        return underDeepRoot(p) || p.equals(configFile);
    }

    private boolean isIgnored(Path p) {
        return ignored.stream().anyMatch(p::startsWith);
    }

    private boolean underDeepRoot(Path p) {
        return deepRoots.stream().anyMatch(p::startsWith);
    }

    private boolean aboveDeepRoot(Path p) {
        return deepRoots.stream().anyMatch(root -> !root.equals(p) && root.startsWith(p));
    }

    /**
     * Which folders the watcher registers: all of a deep root except ignored folders; the config
     * folder and each folder above a deep root alone, so that a deep root made later is seen (and
     * then registered whole, the watcher calling this for each folder created in a registered one).
     */
    private void visit(Path start, FileTreeVisitor.Callback onDirectory, FileTreeVisitor.Callback onFile) throws IOException {
        Path dir = abs(start);
        if (isIgnored(dir)) {
            return;
        }
        if (underDeepRoot(dir)) {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    if (isIgnored(abs(d))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    onDirectory.call(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    onFile.call(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } else if (dir.equals(configDir) || aboveDeepRoot(dir)) {
            onDirectory.call(dir);
            if (dir.equals(configDir) && Files.isRegularFile(configFile)) {
                onFile.call(configFile);
            }
        }
        // Any other folder below the config folder is not watched: nothing in it is read by a build.
    }

    /** @param path what changed, or null when the watcher can not say */
    private synchronized void changed(Path path) {
        if (path == null) {
            changes = null;
        } else if (changes != null) {
            changes.add(path);
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(onChange, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    /** What changed since the last call; a build takes it as it starts, so a change made later triggers another. */
    synchronized SourceChanges takeChanges() {
        SourceChanges taken = changes == null ? SourceChanges.UNKNOWN : SourceChanges.of(changes);
        changes = new HashSet<>();
        return taken;
    }

    @Override
    public synchronized void close() {
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // Closing on the way out; nothing to recover.
        }
        loop.shutdownNow();
    }

    private static Path abs(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
