package gazette.serve;

import gazette.build.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which changes rebuild: anything in the source and templates folders and the config file; not
 * the output folder, the sink's staging folders, editor temporary files, or other files beside
 * the config (the repository's {@code .git}, {@code target}, notes).
 */
class SourceWatcherTest {
    @Test
    void onlyWhatABuildReadsCounts(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("seeds/2014"));
        Files.createDirectories(root.resolve("templates"));
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        try (SourceWatcher watcher = new SourceWatcher(BuildOptions.defaults(root), timers, () -> { })) {
            assertTrue(watcher.matters(root.resolve("seeds/2013-07-01-first.md")));
            assertTrue(watcher.matters(root.resolve("seeds/2014")));
            assertTrue(watcher.matters(root.resolve("seeds/2014/deeper/x.md")));
            assertTrue(watcher.matters(root.resolve("templates/article.ftlh")));
            assertTrue(watcher.matters(root.resolve("templates/assets/style.css")));
            assertTrue(watcher.matters(root.resolve("gazette.yml")));

            assertFalse(watcher.matters(root.resolve("site-output/index.html")));
            assertFalse(watcher.matters(root.resolve(".site-output.staging/index.html")));
            assertFalse(watcher.matters(root.resolve(".site-output.old")));
            assertFalse(watcher.matters(root.resolve("seeds/.#2013-07-01-first.md")));
            assertFalse(watcher.matters(root.resolve("seeds/2013-07-01-first.md~")));
            assertFalse(watcher.matters(root.resolve("seeds/.2013-07-01-first.md.swp")));
            assertFalse(watcher.matters(root.resolve("seeds/4913")));
            assertFalse(watcher.matters(root.resolve("notes.txt")));
            assertFalse(watcher.matters(root.resolve(".git/index")));
            assertFalse(watcher.matters(root.resolve("target/classes/x")));
        } finally {
            timers.shutdownNow();
        }
    }

    @Test
    void anOutputFolderInsideTheSourcesIsIgnored(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("seeds"));
        BuildOptions opts = BuildOptions.defaults(root).withOutput(root.resolve("seeds/_site"));
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        try (SourceWatcher watcher = new SourceWatcher(opts, timers, () -> { })) {
            assertFalse(watcher.matters(root.resolve("seeds/_site/index.html")));
            assertFalse(watcher.matters(root.resolve("seeds/._site.staging/index.html")));
            assertTrue(watcher.matters(root.resolve("seeds/a.md")));
        } finally {
            timers.shutdownNow();
        }
    }
}
