package gazette.build;

import gazette.cache.BuildState;
import gazette.cache.CacheFile;
import gazette.cache.StateStore;

import gazette.diag.BuildFailure;
import gazette.diag.Problem;
import gazette.output.DirectorySink;
import gazette.output.FolderSink;
import gazette.output.MemorySink;
import gazette.render.EarlyOutput;
import gazette.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An incremental build must give exactly what a clean build of the same input gives. Three hundred
 * random edit sequences (each one to three of: add, body, title, date, topics, tags, rename, delete,
 * draft, template, asset, config, a broken file and its fix) are applied to small sites; after each
 * sequence the incremental result on disk is compared, file by file and byte by byte, with a clean
 * build of the same folder. {@code -Dgazette.incrementalSeed=N} replays other sequences.
 */
class IncrementalBuildTest {
    private static final String[] WORDS = {"trade", "deal", "wheat", "oil", "defence", "border", "talks", "rights",
            "court", "press", "visit", "summit", "pipeline", "grain", "minister", "treaty"};
    private static final String[] TOPICS = {"trade", "security", "rights"};
    private static final String[] NAMES = {"Ann Example", "Bo Example", "Cy Sample", "Di Test"};
    private static final String[] PLACES = {"London", "Almaty", "Astana", "Moscow"};
    private static final String[] PAGE_TEMPLATES = {"article.ftlh", "home.ftlh", "term.ftlh", "topic.ftlh",
            "timeline.ftlh"};

    @TempDir
    Path dir;

    @Test
    void randomEditSequencesGiveTheCleanBuildsBytes() throws IOException {
        long seed = Long.getLong("gazette.incrementalSeed", 20261122L);
        int sequences = 12;
        int editsPerSequence = 25;
        for (int s = 0; s < sequences; s++) {
            Random random = new Random(seed + s);
            Fixture site = new Fixture(Files.createDirectories(dir.resolve("seq" + s)), random);
            site.start();
            IncrementalBuild builder = site.builder();
            builder.run(false);
            for (int e = 0; e < editsPerSequence; e++) {
                // An edit sequence: one to three edits between two builds, as when several files are saved at once.
                List<String> edits = new ArrayList<>();
                for (int k = 1 + random.nextInt(3); k > 0 && !site.broken; k--) {
                    edits.add(site.randomEdit());
                }
                String where = "seed " + (seed + s) + ", sequence " + (e + 1) + " " + edits;
                // Half the builds start a new process' worth of state from the cache file.
                if (random.nextBoolean()) {
                    builder = site.builder();
                }
                if (site.broken) {
                    Map<String, byte[]> before = tree(site.output());
                    assertThrows(BuildFailure.class, () -> site.builder().run(false), where);
                    assertSame(before, tree(site.output()), where + ": a failed build changed the output");
                    site.fixBroken();
                }
                builder.run(false);
                assertSame(site.cleanBuild(), tree(site.output()), where);
            }
        }
    }

    /**
     * The way {@code serve} builds: one resident build object for a whole sequence, told which paths
     * changed, as the file watcher tells it; it re-reads only those and takes the text-edit shortcut
     * when it can. It must give the clean build's bytes all the same.
     */
    @Test
    void residentBuildsFromChangedPathsGiveTheCleanBuildsBytes() throws IOException {
        long seed = Long.getLong("gazette.incrementalSeed", 20261122L) + 1000;
        for (int s = 0; s < 8; s++) {
            Random random = new Random(seed + s);
            Fixture site = new Fixture(Files.createDirectories(dir.resolve("resident" + s)), random);
            site.start();
            IncrementalBuild builder = new IncrementalBuild(site.options(),
                    new DirectorySink(site.output(), "site-output"), true);
            builder.run(false, false, SourceChanges.UNKNOWN);
            site.touched.clear();
            for (int e = 0; e < 30; e++) {
                List<String> edits = new ArrayList<>();
                if (random.nextInt(3) == 0) {
                    edits.add(site.textEdit()); // serve's most common case
                }
                for (int k = random.nextInt(3); k > 0 && !site.broken; k--) {
                    edits.add(site.randomEdit());
                }
                String where = "seed " + (seed + s) + ", sequence " + (e + 1) + " " + edits;
                if (site.broken) {
                    Map<String, byte[]> before = tree(site.output());
                    IncrementalBuild failing = builder;
                    SourceChanges changes = site.takeChanges();
                    assertThrows(BuildFailure.class, () -> failing.run(false, false, changes), where);
                    assertSame(before, tree(site.output()), where + ": a failed build changed the output");
                    site.fixBroken();
                }
                builder.run(false, false, site.takeChanges());
                assertSame(site.cleanBuild(), tree(site.output()), where);
            }
        }
    }

    /**
     * Media files added, changed and deleted (at the top of the source folder and in a sub-folder,
     * the sub-folder at times whole), between edits that make articles name them or files that are
     * not there: a build per process and a resident build told which paths changed must each give
     * the clean build's bytes, pages and copies alike.
     */
    @Test
    void mediaEditsGiveTheCleanBuildsBytes() throws IOException {
        long seed = Long.getLong("gazette.incrementalSeed", 20261122L) + 2000;
        for (int s = 0; s < 4; s++) {
            boolean resident = s % 2 == 0;
            Random random = new Random(seed + s);
            Fixture site = new Fixture(Files.createDirectories(dir.resolve("media" + s)), random);
            site.start();
            IncrementalBuild builder = resident
                    ? new IncrementalBuild(site.options(), new DirectorySink(site.output(), "site-output"), true)
                    : site.builder();
            builder.run(false, false, SourceChanges.UNKNOWN);
            site.touched.clear();
            for (int e = 0; e < 30; e++) {
                List<String> edits = new ArrayList<>();
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    edits.add(random.nextInt(4) == 0 ? site.randomEdit() : site.mediaEdit());
                    if (site.broken) {
                        site.fixBroken();
                    }
                }
                String where = "seed " + (seed + s) + (resident ? ", resident" : "") + ", sequence " + (e + 1) + " " + edits;
                if (!resident && random.nextBoolean()) {
                    builder = site.builder();
                }
                builder.run(false, false, resident ? site.takeChanges() : SourceChanges.UNKNOWN);
                assertSame(site.cleanBuild(), tree(site.output()), where);
            }
        }
    }

    @Test
    void aTextEditInServeWritesOnlyItsPageAndTheFilesThatCarryText() throws IOException {
        Fixture site = new Fixture(dir, new Random(11));
        site.start();
        IncrementalBuild builder = new IncrementalBuild(site.options(), new DirectorySink(site.output(), "site-output"), true);
        String name = site.articles.firstKey();
        ArticleSpec article = site.articles.get(name);
        article.live = false; // the fixture writes a live blog's updates anew each time
        article.topics = List.of("trade");
        site.write(name);
        BuildResult first = builder.run(false, false, SourceChanges.UNKNOWN);
        site.touched.clear();
        article.body += "\n\nA sentence added at the end.";
        site.write(name);
        BuildResult edited = builder.run(false, false, site.takeChanges());
        assertTrue(edited.written() >= 1 && edited.written() <= 1 + 3 + 1 + 1,
                "the article page, maybe topic feeds, the site feed and the search data: " + edited.written());
        assertEquals(first.pages(), edited.pages());
        assertSame(site.cleanBuild(), tree(site.output()), "after the text edit");
    }

    /** Serve's text edits skip assembling the lists, but not the warning about names two articles spell differently. */
    @Test
    void aTextEditInServeStillWarnsOfANameAnotherArticleSpellsDifferently() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("gazette.yml"), "title: T\nbaseUrl: https://example.org/\ntimezone: UTC\n"
                + "topics:\n  - id: trade\n    title: Trade\n");
        Files.writeString(dir.resolve("seeds/a.md"), "---\ntitle: A\ndate: 2013-07-01\ntags: [C++]\n---\nText.\n\nMore.\n");
        Files.writeString(dir.resolve("seeds/b.md"), "---\ntitle: B\ndate: 2013-07-02\ntags: [C]\n---\nText.\n");
        IncrementalBuild builder = new IncrementalBuild(BuildOptions.defaults(dir), new DirectorySink(dir.resolve("site-output"),
                "site-output"), true);
        String warning = "seeds/a.md:4:8: warning: 'C++' in tags has the URL name of 'C' (seeds/b.md:4:8), so its articles"
                + " are listed on tags/c/ under 'C'; spell the two so that they differ in letters or digits";
        BuildResult first = builder.run(false, false, SourceChanges.UNKNOWN);
        assertEquals(List.of(warning), first.warnings().stream().map(Problem::toString).toList());
        Files.writeString(dir.resolve("seeds/a.md"), "---\ntitle: A\ndate: 2013-07-01\ntags: [C++]\n---\nText.\n\nMore, edited.\n");
        BuildResult edited = builder.run(false, false, SourceChanges.of(Set.of(dir.resolve("seeds/a.md").toAbsolutePath())));
        assertTrue(edited.written() <= 3, "a text edit writes the page, the site feed and the search data: " + edited.written());
        assertEquals(List.of(warning), edited.warnings().stream().map(Problem::toString).toList());
    }

    /**
     * The search data carries each article's lead only (at most a few thousand characters): under
     * serve, an edit past the lead leaves it as it was, and an edit in the lead shows in it.
     */
    @Test
    void aTextEditInServeReachesTheSearchDataOnlyWhenItChangesTheLead() throws IOException {
        Fixture site = new Fixture(dir, new Random(13));
        site.start();
        IncrementalBuild builder = new IncrementalBuild(site.options(), new DirectorySink(site.output(), "site-output"), true);
        String name = site.articles.firstKey();
        ArticleSpec article = site.articles.get(name);
        article.live = false;
        article.body = "Opening words of the lead.\n\n" + "Long middle paragraph of the report. ".repeat(200);
        site.write(name);
        builder.run(false, false, SourceChanges.UNKNOWN);
        site.touched.clear();
        Path search = site.output().resolve("search/index.json");
        String before = Files.readString(search);
        assertTrue(before.contains("Opening words of the lead."), "the lead is searchable");

        article.body += "\n\nClosing sentence far past the lead.";
        site.write(name);
        builder.run(false, false, site.takeChanges());
        Path page = site.output().resolve("articles/" + name.substring(11, name.length() - 3) + "/index.html");
        assertTrue(Files.readString(page).contains("Closing sentence far past the lead."), "the page shows the edit");
        assertEquals(before, Files.readString(search), "an edit past the lead leaves the search data as it was");
        assertSame(site.cleanBuild(), tree(site.output()), "after an edit past the lead");

        article.body = article.body.replace("Opening words of the lead.", "Rewritten opening of the lead.");
        site.write(name);
        builder.run(false, false, site.takeChanges());
        String after = Files.readString(search);
        assertTrue(after.contains("Rewritten opening of the lead."), "the new lead is searchable");
        assertFalse(after.contains("Opening words of the lead."), "the old lead is gone from the search data");
        assertSame(site.cleanBuild(), tree(site.output()), "after an edit in the lead");
    }

    /**
     * A new process takes a text edit's shortcut too (keeping every list page as the last build left
     * it), but only while those pages are still on disk as left and the templates are as they were.
     */
    @Test
    void aTextEditInANewProcessKeepsTheListsOnlyWhileTheyAreAsTheLastBuildLeftThem() throws IOException {
        Fixture site = new Fixture(dir, new Random(12));
        site.start();
        String name = site.articles.firstKey();
        ArticleSpec article = site.articles.get(name);
        article.live = false; // the fixture writes a live blog's updates anew each time
        article.topics = List.of("trade");
        site.write(name);
        site.builder().run(false);
        Path page = site.output().resolve("articles/" + name.substring(11, name.length() - 3) + "/index.html");
        Path timeline = site.output().resolve("timeline/index.html");
        Path template = site.root.resolve("templates/timeline.ftlh");

        for (String damage : List.of("none", "a list page damaged", "a template changed")) {
            if (damage.equals("a list page damaged")) {
                Files.writeString(timeline, "damaged");
            } else if (damage.equals("a template changed")) {
                Files.createDirectories(template.getParent());
                Files.writeString(template, Fixture.themeTemplate("timeline.ftlh")
                        .replace("<@layout.frame>", "<@layout.frame><!-- changed with a text edit -->"));
            }
            String sentence = "A sentence added with " + damage + ".";
            article.body += "\n\n" + sentence;
            site.write(name);
            BuildResult edited = site.builder().run(false);
            assertTrue(Files.readString(page).contains(sentence), damage + ": the edit is built");
            if (damage.equals("none")) {
                assertTrue(edited.written() >= 1 && edited.written() <= 1 + 3 + 1 + 1,
                        "the article page, maybe topic feeds, the site feed and the search data: " + edited.written());
            }
            assertSame(site.cleanBuild(), tree(site.output()), "after a text edit with " + damage);
        }
        assertTrue(Files.readString(timeline).contains("changed with a text edit"), "the template change is built");
    }

    @Test
    void aNoChangeRebuildWritesNothingAndABodyEditWritesFewFiles() throws IOException {
        Fixture site = new Fixture(dir, new Random(7));
        site.start();
        BuildResult first = site.builder().run(false);
        assertEquals(first.pages(), first.written(), "the first build writes everything");

        BuildResult again = site.builder().run(false);
        assertEquals(0, again.written(), "nothing changed, so nothing is written");

        String name = site.articles.firstKey();
        site.articles.get(name).body = "A corrected paragraph about wheat.";
        site.write(name);
        BuildResult edited = site.builder().run(false);
        assertTrue(edited.written() >= 1 && edited.written() < first.pages() / 2,
                "a body edit rewrites its page and the lists, not the site: " + edited.written());
        assertSame(site.cleanBuild(), tree(site.output()), "after the body edit");
    }

    @Test
    void aCleanRebuildOverTheSameSiteLetsItsPagesGoAndLeavesACacheTheNextBuildUses() throws IOException {
        Fixture site = new Fixture(dir, new Random(11));
        site.start();
        BuildResult first = site.builder().run(false);
        Path article = site.output().resolve("articles").resolve(site.articles.firstKey().substring("2013-07-01-".length())
                .replace(".md", "")).resolve("index.html");
        long modified = Files.getLastModifiedTime(article).toMillis() - 60_000;
        Files.setLastModifiedTime(article, java.nio.file.attribute.FileTime.fromMillis(modified));

        BuildResult clean = site.builder().run(true);

        assertEquals(0, clean.written(), "every page rendered as the folder holds it, so none is written");
        assertEquals(first.pages(), clean.pages());
        assertEquals(modified, Files.getLastModifiedTime(article).toMillis(), "a page found on disk is left alone");
        assertEquals(0, site.builder().run(false).written(), "the cache knows the pages found on disk: nothing to do");
        String name = site.articles.firstKey();
        site.articles.get(name).body = "A corrected paragraph about wheat.";
        site.write(name);
        site.builder().run(false);
        assertSame(site.cleanBuild(), tree(site.output()), "after a body edit that followed the clean rebuild");
    }

    @Test
    void settledFilesAreStampedAndAnEditKeepingSizeAndModificationTimeIsStillSeen() throws Exception {
        Fixture site = new Fixture(dir, new Random(11));
        site.start();
        Thread.sleep(1100); // a stamp less than a second old is not trusted
        site.builder().run(false);
        BuildState.Summary summary = new StateStore(site.output()).loadSummary().orElseThrow();
        assertEquals(site.articles.keySet().stream().map(n -> "seeds/" + n).collect(java.util.stream.Collectors.toSet()),
                summary.sources().keySet(), "every settled source file is stamped");

        // One letter changed, the length and the modification time kept (as a coarse clock or `touch -d`
        // would leave them): only the status-change time tells the file was written.
        Path file = dir.resolve("seeds").resolve(site.articles.firstKey());
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        int at = text.length() - 1;
        while (!Character.isLowerCase(text.charAt(at))) {
            at--;
        }
        Files.writeString(file, text.substring(0, at) + (text.charAt(at) == 'q' ? 'z' : 'q') + text.substring(at + 1));
        Files.setLastModifiedTime(file, modified);
        Thread.sleep(1100); // so the new stamp counts as settled too
        site.builder().run(false);
        assertSame(site.cleanBuild(), tree(site.output()), "after an edit that kept size and modification time");
    }

    @Test
    void cleanIgnoresTheCacheAndRebuildsEverything() throws IOException {
        Fixture site = new Fixture(dir, new Random(8));
        site.start();
        BuildResult first = site.builder().run(false);
        Path cache = site.output().resolveSibling(".site-output.gazette-cache");
        assertTrue(Files.isRegularFile(cache), "the cache sits beside the output");
        assertTrue(CacheFile.writtenByThisGazette(cache), "the launcher can tell it is this Gazette's cache");
        // A page changed by hand but kept at its size: the cache, which checks sizes, takes it as intact.
        Path home = site.output().resolve("index.html");
        byte[] page = Files.readAllBytes(home);
        byte[] tampered = page.clone();
        tampered[page.length / 2] = (byte) (page[page.length / 2] == 'x' ? 'y' : 'x');
        Files.write(home, tampered);
        assertArrayEquals(tampered, Files.readAllBytes(home));
        BuildResult clean = site.builder().run(true);
        assertEquals(first.pages(), clean.pages());
        assertArrayEquals(page, Files.readAllBytes(home), "--clean rendered the page again and put it right");
        assertEquals(1, clean.written(), "a clean build writes only the files whose bytes differ");
    }

    @Test
    void aDamagedCacheIsIgnored() throws IOException {
        Fixture site = new Fixture(dir, new Random(9));
        site.start();
        site.builder().run(false);
        Path cache = site.output().resolveSibling(".site-output.gazette-cache");
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, Arrays.copyOf(bytes, bytes.length / 2));
        site.buildableEdit();
        site.builder().run(false);
        assertSame(site.cleanBuild(), tree(site.output()), "after a damaged cache");
    }

    @Test
    void aCacheThatCanNotBeSavedIsAWarningNotASilence() throws IOException {
        Fixture site = new Fixture(dir, new Random(10));
        site.start();
        // Where the cache is written before it is renamed into place stands a folder: as a full disk does, writing fails.
        Path blocked = site.output().resolveSibling(".site-output.gazette-cache.tmp");
        Files.createDirectories(blocked.resolve("in-the-way"));
        var result = site.builder().run(false);
        assertTrue(result.warnings().stream().anyMatch(p -> p.toString().contains(
                ".site-output.gazette-cache:1:1: warning: the build cache could not be saved (")
                && p.toString().endsWith("): the next build will redo every page")), result.warnings().toString());
        assertFalse(Files.exists(site.output().resolveSibling(".site-output.gazette-cache")));
    }

    @Test
    void aCacheFromAnotherGazetteIsIgnored() throws IOException {
        Fixture site = new Fixture(dir, new Random(11));
        site.start();
        site.builder().run(false);
        Path cache = site.output().resolveSibling(".site-output.gazette-cache");
        byte[] bytes = Files.readAllBytes(cache);
        int header = CacheFile.header().length;
        bytes[header - 2] = (byte) (bytes[header - 2] == '1' ? '2' : '1'); // another jar time, the rest intact
        Files.write(cache, bytes);
        assertFalse(CacheFile.writtenByThisGazette(cache));
        StateStore store = new StateStore(site.output());
        assertTrue(store.loadSummary().isEmpty() && store.load().isEmpty(), "nothing of it is read");
        site.buildableEdit();
        site.builder().run(false);
        assertSame(site.cleanBuild(), tree(site.output()), "after another Gazette's cache");
        assertTrue(CacheFile.writtenByThisGazette(cache), "the cache is this Gazette's again");
        assertTrue(store.load().isPresent());
    }

    /** An output folder Gazette did not make (a mistaken {@code --output ..}) is refused before it is listed. */
    @Test
    void aFolderGazetteDidNotMakeIsRefusedWithoutBeingWalked() throws IOException {
        Fixture site = new Fixture(dir, new Random(14));
        site.start();
        Files.createDirectories(site.output().resolve("family/photos"));
        Files.writeString(site.output().resolve("family/photos/holiday.jpg"), "not a page");
        DirectorySink folder = new DirectorySink(site.output(), "site-output");
        // Asks the real folder whether it may be replaced; records any other use of it, which must not come.
        List<String> used = new ArrayList<>();
        FolderSink watched = new FolderSink() {
            @Override
            public void checkReplaceable() {
                folder.checkReplaceable();
            }

            @Override
            public Map<String, Long> scan() {
                used.add("scan");
                return Map.of();
            }

            @Override
            public int publish(List<OutputFile> files, Collection<String> taken, Map<String, Long> listed) {
                used.add("publish");
                return 0;
            }

            @Override
            public EarlyOutput early(Map<String, Long> listed) {
                used.add("early");
                return EarlyOutput.NONE;
            }

            @Override
            public void abandon() {
                used.add("abandon");
            }

            @Override
            public int update(List<OutputFile> changed, Collection<String> gone) {
                used.add("update");
                return 0;
            }
        };
        BuildFailure refused = assertThrows(BuildFailure.class, () -> new IncrementalBuild(site.options(), watched).run(false));
        assertTrue(refused.getMessage().contains("refusing to replace the output folder"), refused.getMessage());
        assertEquals(List.of(), used, "the folder was neither listed nor written");
        assertEquals("not a page", Files.readString(site.output().resolve("family/photos/holiday.jpg")));
    }

    @Test
    void aFileDeletedFromTheOutputIsWrittenAgain() throws IOException {
        Fixture site = new Fixture(dir, new Random(10));
        site.start();
        site.builder().run(false);
        Path page = site.output().resolve("timeline/index.html");
        Files.delete(page);
        Files.writeString(site.output().resolve("index.html"), "truncated");
        BuildResult again = site.builder().run(false);
        assertEquals(2, again.written());
        assertSame(site.cleanBuild(), tree(site.output()), "after damage to the output");
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual, String where) {
        if (!expected.keySet().equals(actual.keySet())) {
            TreeSet<String> missing = new TreeSet<>(expected.keySet());
            missing.removeAll(actual.keySet());
            TreeSet<String> extra = new TreeSet<>(actual.keySet());
            extra.removeAll(expected.keySet());
            fail(where + ": missing " + missing + ", unexpected " + extra);
        }
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), where + ": " + path + " differs"));
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** A small random site on disk, and the edits made to it. */
    private static final class Fixture {
        final Path root;
        final Random random;
        final TreeMap<String, ArticleSpec> articles = new TreeMap<>();
        int counter;
        boolean broken;
        String brokenFile;
        /** Every path written or deleted since the last {@link #takeChanges}, as a file watcher reports them. */
        final Set<Path> touched = new HashSet<>();

        Fixture(Path root, Random random) {
            this.root = root;
            this.random = random;
        }

        Path output() {
            return root.resolve("site-output");
        }

        SourceChanges takeChanges() {
            SourceChanges changes = SourceChanges.of(touched);
            touched.clear();
            return changes;
        }

        private Path touch(Path path) {
            touched.add(path.toAbsolutePath());
            return path;
        }

        BuildOptions options() {
            return BuildOptions.defaults(root);
        }

        IncrementalBuild builder() {
            return new IncrementalBuild(options(), new DirectorySink(output(), "site-output"));
        }

        Map<String, byte[]> cleanBuild() {
            MemorySink memory = new MemorySink();
            Build.run(options(), memory);
            return new TreeMap<>(memory.files());
        }

        void start() throws IOException {
            Files.createDirectories(root.resolve("seeds"));
            writeConfig("Coverage of the story.", "treaty");
            for (int i = 0; i < 4 + random.nextInt(5); i++) {
                add();
            }
        }

        void writeConfig(String description, String securityWord) throws IOException {
            Files.writeString(touch(root.resolve("gazette.yml")), """
                    title: Random Gazette
                    description: %s
                    language: en-GB
                    baseUrl: https://example.github.io/random/
                    timezone: Europe/London
                    topics:
                      - id: trade
                        title: Trade
                        keywords: [trade, wheat]
                      - id: security
                        title: Security
                        keywords: [defence, %s]
                      - id: rights
                        title: Human rights
                        keywords: [court]
                    """.formatted(description, securityWord));
        }

        String randomEdit() throws IOException {
            int pick = random.nextInt(100);
            if (articles.size() < 2 || pick < 12) {
                return "add " + add();
            }
            String name = pickArticle();
            ArticleSpec a = articles.get(name);
            if (pick < 20) {
                a.body = sentence() + "\n\n" + sentence();
            } else if (pick < 30) {
                a.body = a.body + "\n\n" + sentence(); // the text alone: the summary is the first paragraph
            } else if (pick < 40) {
                a.title = capitalised(sentence());
            } else if (pick < 48) {
                a.date = date();
            } else if (pick < 56) {
                a.topics = random.nextInt(4) == 0 ? null : subset(TOPICS);
            } else if (pick < 62) {
                a.tags = subset(WORDS);
                a.people = subset(NAMES);
                a.places = subset(PLACES);
            } else if (pick < 67) {
                a.draft = !a.draft;
            } else if (pick < 73) {
                String to = newName(a.date);
                Files.delete(touch(root.resolve("seeds").resolve(name)));
                articles.remove(name);
                articles.put(to, a);
                write(to);
                return "rename " + name + " to " + to;
            } else if (pick < 79) {
                Files.delete(touch(root.resolve("seeds").resolve(name)));
                articles.remove(name);
                return "delete " + name;
            } else if (pick < 88) {
                return "template " + template();
            } else if (pick < 91) {
                return "asset " + asset();
            } else if (pick < 94) {
                writeConfig(capitalised(sentence()), WORDS[random.nextInt(WORDS.length)]);
                return "config";
            } else {
                brokenFile = "broken-" + (++counter) + ".md";
                Files.writeString(touch(root.resolve("seeds").resolve(brokenFile)), "---\ntitle: Broken\ndate: someday\n---\nText.\n");
                broken = true;
                return "broken file";
            }
            write(name);
            return "edit " + name;
        }

        /** Media files the fixture writes, and addresses its articles name them by (and one that names none). */
        private static final String[] MEDIA = {"a.png", "img/b.jpg", "img/c d.png"};
        private static final String[] MEDIA_ADDRESSES = {"a.png", "./img/b.jpg", "<img/c d.png>", "img/c%20d.png",
                "img/missing.png", "../a.png"};

        /** Writes, rewrites or deletes a media file or the folder of some, or makes an article name one. */
        String mediaEdit() throws IOException {
            int pick = random.nextInt(10);
            Path seeds = root.resolve("seeds");
            if (pick < 4) {
                String name = MEDIA[random.nextInt(MEDIA.length)];
                byte[] bytes = new byte[1 + random.nextInt(40)];
                random.nextBytes(bytes);
                Path file = touch(seeds.resolve(name));
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
                return "media " + name + " (" + bytes.length + " bytes)";
            }
            if (pick < 6) {
                String name = MEDIA[random.nextInt(MEDIA.length)];
                Files.deleteIfExists(touch(seeds.resolve(name)));
                return "delete media " + name;
            }
            if (pick < 7) {
                Path folder = touch(seeds.resolve("img"));
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        for (Path f : files.toList()) {
                            Files.delete(f);
                        }
                    }
                    Files.delete(folder);
                }
                return "delete media folder img";
            }
            String name = pickArticle();
            String address = MEDIA_ADDRESSES[random.nextInt(MEDIA_ADDRESSES.length)];
            ArticleSpec a = articles.get(name);
            a.body = a.body + "\n\n" + (random.nextBoolean() ? "![A picture](" + address + ")" : "See [the file](" + address + ").");
            write(name);
            return "name " + address + " in " + name;
        }

        /** Adds a sentence to the end of an article's text, or of a live blog's update. */
        String textEdit() throws IOException {
            String name = pickArticle();
            ArticleSpec a = articles.get(name);
            if (a.live && random.nextBoolean()) {
                List<String> updates = new ArrayList<>(a.updates);
                updates.set(1, updates.get(1) + " " + sentence());
                a.updates = updates;
            } else {
                a.body = a.body + "\n\n" + sentence();
            }
            write(name);
            return "text " + name;
        }

        /** A random edit, with the broken file it may leave removed, so the site builds. */
        void buildableEdit() throws IOException {
            randomEdit();
            if (broken) {
                fixBroken();
            }
        }

        void fixBroken() throws IOException {
            Files.delete(touch(root.resolve("seeds").resolve(brokenFile)));
            broken = false;
        }

        private String add() throws IOException {
            ArticleSpec a = new ArticleSpec();
            a.title = capitalised(sentence());
            a.date = date();
            a.topics = random.nextBoolean() ? subset(TOPICS) : null;
            a.tags = subset(WORDS);
            a.people = subset(NAMES);
            a.places = subset(PLACES);
            a.live = random.nextInt(3) == 0;
            a.updates = List.of(capitalised(sentence()), sentence(), capitalised(sentence()), sentence());
            a.body = sentence() + "\n\n" + sentence();
            String name = newName(a.date);
            articles.put(name, a);
            write(name);
            return name;
        }

        private String newName(String date) {
            return date.substring(0, 10) + "-" + WORDS[random.nextInt(WORDS.length)] + "-" + (++counter) + ".md";
        }

        void write(String name) throws IOException {
            ArticleSpec a = articles.get(name);
            StringBuilder md = new StringBuilder("---\n");
            md.append("title: \"").append(a.title).append("\"\n");
            md.append("date: ").append(a.date).append('\n');
            if (a.topics != null) {
                md.append("topics: ").append(a.topics).append('\n');
            }
            md.append("tags: ").append(a.tags).append('\n');
            md.append("people: ").append(a.people).append('\n');
            md.append("places: ").append(a.places).append('\n');
            if (a.live) {
                md.append("type: live\n");
            }
            if (a.draft) {
                md.append("draft: true\n");
            }
            md.append("events:\n  - {date: ").append(a.date, 0, 10).append(", title: \"").append(a.title).append("\"}\n");
            md.append("---\n").append(a.body).append('\n');
            if (a.live) {
                md.append("\n## ").append(a.updates.get(0)).append("\n\n*10:15*\n\n").append(a.updates.get(1)).append('\n');
                md.append("\n## ").append(a.updates.get(2)).append("\n\n*09:00*\n\n").append(a.updates.get(3)).append('\n');
            }
            Files.writeString(touch(root.resolve("seeds").resolve(name)), md.toString());
        }

        /** Overrides a theme template with a copy carrying a visible mark, changes that mark, or removes the override. */
        private String template() throws IOException {
            Path templates = Files.createDirectories(root.resolve("templates"));
            boolean layout = random.nextInt(4) == 0;
            String name = layout ? "layout.ftlh" : PAGE_TEMPLATES[random.nextInt(PAGE_TEMPLATES.length)];
            Path file = templates.resolve(name);
            if (Files.exists(file) && random.nextInt(3) == 0) {
                Files.delete(touch(file));
                return "remove " + name;
            }
            String theme = themeTemplate(name);
            String mark = "edit " + (++counter);
            String changed = layout
                    ? theme.replace("${label('footer.subscribe')}", "${label('footer.subscribe')} (" + mark + ")")
                    : theme.replace("<@layout.frame>", "<@layout.frame><!-- " + mark + " -->");
            if (changed.equals(theme)) {
                throw new AssertionError("the fixture's template edit no longer applies to " + name);
            }
            Files.writeString(touch(file), changed);
            return name + " " + mark;
        }

        private String asset() throws IOException {
            Path assets = Files.createDirectories(root.resolve("templates/assets"));
            // Overriding style.css renames it (its name carries its hash) on every page; extra.css is on none.
            String name = random.nextBoolean() ? "style.css" : "extra.css";
            Path css = assets.resolve(name);
            if (Files.exists(css) && random.nextBoolean()) {
                Files.delete(touch(css));
                return "remove " + name;
            }
            Files.writeString(touch(css), "body { margin: " + random.nextInt(9) + "px; }\n");
            return name;
        }

        private static String themeTemplate(String name) {
            try (InputStream in = IncrementalBuildTest.class.getClassLoader().getResourceAsStream("theme/" + name)) {
                if (in == null) {
                    throw new AssertionError("no theme template " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String pickArticle() {
            List<String> names = new ArrayList<>(articles.keySet());
            return names.get(random.nextInt(names.size()));
        }

        private String date() {
            int year = 2010 + random.nextInt(5);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(28);
            return switch (random.nextInt(3)) {
                case 0 -> "%d-%02d-%02d".formatted(year, month, day);
                case 1 -> "%d-%02d-%02dT%02d:%02d:00+01:00".formatted(year, month, day, 6 + random.nextInt(12),
                        random.nextInt(60));
                default -> "%d-%02d".formatted(year, month) + "-" + "%02d".formatted(day);
            };
        }

        private String sentence() {
            StringBuilder s = new StringBuilder();
            int n = 4 + random.nextInt(8);
            for (int i = 0; i < n; i++) {
                s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            return s.append('.').toString();
        }

        private List<String> subset(String[] from) {
            List<String> picked = new ArrayList<>();
            for (String s : from) {
                if (random.nextInt(4) == 0) {
                    picked.add(s);
                }
            }
            return picked;
        }

        private static String capitalised(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1, s.length() - 1);
        }
    }

    /** What the fixture writes into one article file. */
    private static final class ArticleSpec {
        String title;
        String date;
        List<String> topics;
        List<String> tags;
        List<String> people;
        List<String> places;
        boolean live;
        /** A live blog's two updates: title, text, title, text. */
        List<String> updates;
        boolean draft;
        String body;
    }
}
