package gazette.output;

import gazette.diag.BuildFailure;
import gazette.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publishing to disk: new folders, replacing an old Gazette output, and refusing anything else. */
class DirectorySinkTest {
    @TempDir
    Path dir;

    private static List<OutputFile> site(String... pathsAndTexts) {
        List<OutputFile> files = new java.util.ArrayList<>();
        files.add(OutputFile.text(".nojekyll", ""));
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.add(OutputFile.text(pathsAndTexts[i], pathsAndTexts[i + 1]));
        }
        return files;
    }

    /** Every file below a folder, by relative path, with its text. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return out;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * Everything in the temp folder: to check that nothing was left beside the output but the record
     * of the files Gazette wrote, which stays there with the folder ({@link OutputRecord}).
     */
    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(name -> !name.endsWith(".gazette-files")).sorted().toList();
        }
    }

    /** Records the folder's files as written by Gazette, as an earlier build would have. */
    private static void builtByGazette(Path out) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> out.relativize(p).toString().replace('\\', '/')).toList();
        }
        new OutputRecord(out).save(files);
    }

    @Test
    void publishesIntoANewFolder() throws IOException {
        Path out = dir.resolve("site-output");
        new DirectorySink(out, "site-output").publish(site("index.html", "home", "articles/x/index.html", "x"));
        assertEquals(Map.of(".nojekyll", "", "index.html", "home", "articles/x/index.html", "x"), contents(out));
        assertEquals(List.of("site-output"), siblings(), "no staging folder is left behind");
        assertEquals("gazette-files 1\n.nojekyll\narticles/x/index.html\nindex.html\n",
                Files.readString(dir.resolve(".site-output.gazette-files")), "what it wrote is on record, sorted");
    }

    @Test
    void aCopiedFileIsCopiedFromWhereItLiesAndWrittenAgainOnlyWhenItsBytesDiffer() throws IOException {
        Path out = dir.resolve("site-output");
        Path video = dir.resolve("static/video.mp4");
        byte[] frames = new byte[300_000]; // several of the sink's slices, the last one short
        new java.util.Random(7).nextBytes(frames);
        Files.createDirectories(video.getParent());
        Files.write(video, frames);
        java.util.function.Supplier<List<OutputFile>> site = () -> {
            List<OutputFile> files = new java.util.ArrayList<>(site("index.html", "home"));
            try {
                files.add(OutputFile.copy("video.mp4", video, gazette.source.Fingerprint.of(new byte[] {1})));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return files;
        };
        new DirectorySink(out, "site-output").publish(site.get());
        assertTrue(java.util.Arrays.equals(frames, Files.readAllBytes(out.resolve("video.mp4"))));

        java.nio.file.attribute.FileTime past = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("video.mp4"), past);
        new DirectorySink(out, "site-output").publish(site.get());
        assertEquals(past, Files.getLastModifiedTime(out.resolve("video.mp4")), "the same bytes are left alone");

        frames[299_999]++; // the same size, the last byte differs
        Files.write(video, frames);
        new DirectorySink(out, "site-output").publish(site.get());
        assertTrue(java.util.Arrays.equals(frames, Files.readAllBytes(out.resolve("video.mp4"))), "other bytes are copied again");
    }

    @Test
    void aCopyWhoseSourceIsGoneLeavesThePublishedFileAsItWas() throws IOException {
        Path out = dir.resolve("site-output");
        Path video = dir.resolve("static/video.mp4");
        Files.createDirectories(video.getParent());
        Files.writeString(video, "frames");
        gazette.source.Fingerprint.Value key = gazette.source.Fingerprint.of(new byte[] {1});
        List<OutputFile> first = new java.util.ArrayList<>(site("index.html", "home"));
        first.add(OutputFile.copy("video.mp4", video, key));
        new DirectorySink(out, "site-output").publish(first);
        assertEquals("frames", Files.readString(out.resolve("video.mp4")));

        // Gone between the render and the writing (OutputFile.copy opens it, so only a race gets here).
        Files.delete(video);
        List<OutputFile> second = new java.util.ArrayList<>(site("index.html", "home"));
        second.add(new OutputFile("video.mp4", null, new OutputFile.Copy(video, 7, gazette.source.Fingerprint.of(new byte[] {2}))));
        assertThrows(BuildFailure.class, () -> new DirectorySink(out, "site-output").publish(second));
        assertEquals("frames", Files.readString(out.resolve("video.mp4")), "not emptied before its source was opened");
        assertThrows(IOException.class, () -> OutputFile.copy("video.mp4", video, key), "a render finds it missing");
    }

    @Test
    void publishesIntoAFolderWhoseParentDoesNotExistYet() throws IOException {
        Path out = dir.resolve("build/www");
        new DirectorySink(out, "build/www").publish(site("index.html", "home"));
        assertEquals("home", Files.readString(out.resolve("index.html")));
    }

    @Test
    void publishesIntoAnEmptyFolder() throws IOException {
        Path out = Files.createDirectory(dir.resolve("site-output"));
        new DirectorySink(out, "site-output").publish(site("index.html", "home"));
        assertEquals("home", Files.readString(out.resolve("index.html")));
    }

    @Test
    void replacesAnOldGazetteOutputFullySoStaleFilesGo() throws IOException {
        Path out = dir.resolve("site-output");
        write(out.resolve(".nojekyll"), "");
        write(out.resolve("index.html"), "old home");
        write(out.resolve("articles/removed/index.html"), "stale");
        write(out.resolve("assets/site.0123abcd.css"), "stale");
        builtByGazette(out);
        new DirectorySink(out, "site-output").publish(site("index.html", "new home"));
        assertEquals(Map.of(".nojekyll", "", "index.html", "new home"), contents(out));
        assertEquals(List.of("site-output"), siblings());
    }

    @Test
    void publishingTwiceGivesTheSecondSiteOnly() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("a.html", "a"));
        sink.publish(site("b.html", "b"));
        assertEquals(Map.of(".nojekyll", "", "b.html", "b"), contents(out));
    }

    @Test
    void rewritingAnExistingSiteLeavesFilesWithTheSameBytesAloneAndReplacesTheRest() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        assertEquals(4, sink.publish(site("index.html", "home", "articles/a/index.html", "a", "articles/b/index.html", "b")));
        Path same = out.resolve("articles/a/index.html");
        Object inode = Files.readAttributes(same, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Files.setLastModifiedTime(same, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));

        int written = sink.publish(site("index.html", "new home", "articles/a/index.html", "a", "articles/c/index.html", "c"));

        assertEquals(2, written, "only the changed home page and the new page are counted as written");

        assertEquals(Map.of(".nojekyll", "", "index.html", "new home", "articles/a/index.html", "a",
                "articles/c/index.html", "c"), contents(out));
        assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(same).toMillis(), "an unchanged page was rewritten");
        assertEquals(inode, Files.readAttributes(same, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertFalse(Files.exists(out.resolve("articles/b")), "the folder of a page that went is left behind");
        assertEquals(List.of("site-output"), siblings());
    }

    @Test
    void filesOfManySlicesAreComparedAndWrittenWhole() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        String big = "0123456789abcdef".repeat(20_000) + "tail"; // 320,004 bytes: five slices and a bit
        String changedAtTheEnd = big.substring(0, big.length() - 1) + "L";
        String changedInTheMiddle = big.substring(0, 150_000) + "X" + big.substring(150_001);
        sink.publish(site("same.html", big, "end.html", big, "middle.html", big));
        Files.setLastModifiedTime(out.resolve("same.html"), java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));

        int written = sink.publish(site("same.html", big, "end.html", changedAtTheEnd, "middle.html", changedInTheMiddle));

        assertEquals(2, written, "only the two changed files are written");
        assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(out.resolve("same.html")).toMillis());
        assertEquals(Map.of(".nojekyll", "", "same.html", big, "end.html", changedAtTheEnd, "middle.html", changedInTheMiddle),
                contents(out));
    }

    @Test
    void aListingTakenEarlierInTheBuildServesAndFilesChangedSinceAreStillHandled() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home", "articles/a/index.html", "a", "articles/b/index.html", "b"));
        Map<String, Long> listed = sink.scan();
        // Since the listing: one page deleted by hand, one stray file added.
        Files.delete(out.resolve("articles/a/index.html"));
        write(out.resolve("stray.html"), "x");

        int written = sink.publish(site("index.html", "home", "articles/a/index.html", "a", "articles/b/index.html", "b"), listed);

        assertEquals(1, written, "the page gone since the listing is written again, the others are left alone");
        assertEquals("a", Files.readString(out.resolve("articles/a/index.html")));
        assertTrue(Files.exists(out.resolve("stray.html")), "what the listing did not know of is left alone");
        BuildFailure refused = assertThrows(BuildFailure.class,
                () -> sink.publish(site("index.html", "home", "articles/a/index.html", "a", "articles/b/index.html", "b")));
        assertTrue(refused.getMessage().contains("files Gazette did not write, which this build would delete: stray.html"),
                refused.getMessage());
        assertEquals("x", Files.readString(out.resolve("stray.html")), "listed afresh, the stray file is not Gazette's to delete");
    }

    @Test
    void filesFoundHoldingTheSiteWhileItRenderedAreKeptAsTheyAreAndChangedOnesWaitBesideIt() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home", "articles/a/index.html", "a", "articles/b/index.html", "b"));
        Map<String, Long> before = contentsAndTimes(out);
        Map<String, Long> listed = sink.scan();
        var early = sink.early(listed);

        assertTrue(early.take(OutputFile.text("articles/a/index.html", "a")), "found in place");
        assertTrue(early.take(OutputFile.text(".nojekyll", "")), "found in place");
        assertTrue(early.take(OutputFile.text("index.html", "HOME")), "same size, other bytes: kept aside");
        assertTrue(early.take(OutputFile.text("articles/c/index.html", "c")), "not in the listing: kept aside");
        assertFalse(early.take(OutputFile.text("../escape.html", "x")), "an unsafe path is held, and refused at publishing");
        assertEquals(before, contentsAndTimes(out), "nothing in the folder changes while the site renders");
        assertEquals(List.of(".site-output.changed", "site-output"), siblings(), "the changed pages wait in one file beside it");

        // The renderer let everything go; the site no longer has articles/b.
        int count = sink.publish(List.of(), List.of("articles/a/index.html", ".nojekyll", "index.html", "articles/c/index.html"), listed);

        assertEquals(2, count, "the changed home page and the new page are written");
        assertEquals(Map.of(".nojekyll", "", "index.html", "HOME", "articles/a/index.html", "a", "articles/c/index.html", "c"),
                contents(out));
        assertEquals(List.of("site-output"), siblings(), "the file of changed pages is gone");
    }

    @Test
    void pagesKeptAsideAreDroppedWhenTheBuildFailsAndWrittenByAnUpdate() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home"));
        sink.early(sink.scan()).take(OutputFile.text("index.html", "changed"));
        sink.abandon();
        assertEquals(Map.of(".nojekyll", "", "index.html", "home"), contents(out));
        assertEquals(List.of("site-output"), siblings(), "a failed build leaves nothing beside the folder");

        sink.early(sink.scan()).take(OutputFile.text("index.html", "changed"));
        assertEquals(2, sink.update(List.of(OutputFile.text("new.html", "n")), List.of()));
        assertEquals(Map.of(".nojekyll", "", "index.html", "changed", "new.html", "n"), contents(out));
        assertEquals(List.of("site-output"), siblings());
    }

    /** Each file's path and bytes, with its modification time: what a reader of the folder could notice change. */
    private static Map<String, Long> contentsAndTimes(Path out) throws IOException {
        Map<String, Long> all = new java.util.TreeMap<>();
        try (var walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                all.put(out.relativize(f).toString() + ":" + Files.readString(f), Files.getLastModifiedTime(f).toMillis());
            }
        }
        return all;
    }

    @Test
    void aNewSiteIsStagedAsItRendersAndAppearsWholeWhenPublished() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        write(dir.resolve(".site-output.staging/stale.html"), "left by a crashed build");
        var early = sink.early(sink.scan());

        assertTrue(early.take(OutputFile.text("articles/a/index.html", "a")));
        assertTrue(early.take(OutputFile.text(".nojekyll", "")));
        assertFalse(early.take(OutputFile.text("../escape.html", "x")), "an unsafe path is held, and refused at publishing");
        assertFalse(Files.exists(out), "nothing is visible before the site is published");

        assertEquals(3, sink.publish(List.of(OutputFile.text("index.html", "home")),
                List.of("articles/a/index.html", ".nojekyll"), Map.of()));
        assertEquals(Map.of(".nojekyll", "", "index.html", "home", "articles/a/index.html", "a"), contents(out));
        assertEquals(List.of("site-output"), siblings(), "the staging folder, stale file and all, became the site");
    }

    @Test
    void aFailedBuildRemovesWhatItStagedAndAFolderFilledMeanwhileIsLeftAlone() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.early(Map.of()).take(OutputFile.text("index.html", "home"));
        sink.abandon();
        assertEquals(List.of(), siblings(), "a build that failed while rendering leaves nothing behind");

        sink.early(Map.of()).take(OutputFile.text("index.html", "home"));
        write(out.resolve(".nojekyll"), ""); // another build finished in the meantime
        write(out.resolve("index.html"), "theirs");
        assertThrows(BuildFailure.class, () -> sink.publish(List.of(OutputFile.text(".nojekyll", "")),
                List.of("index.html"), Map.of()));
        assertEquals(Map.of(".nojekyll", "", "index.html", "theirs"), contents(out));
        assertEquals(List.of("site-output"), siblings());
    }

    @Test
    void aLinkIsNeverTakenForAFileTheSiteHolds() throws IOException {
        Path outside = dir.resolve("outside");
        write(outside.resolve("page.html"), "home");
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home"));
        Map<String, Long> listed = sink.scan();
        Files.delete(out.resolve("index.html"));
        link(out.resolve("index.html"), outside.resolve("page.html")); // put there after the listing

        // A link to a file with the same bytes is not the site's file: the page is kept aside, and
        // publishing writes it in place of the link, never through it.
        sink.early(listed).take(OutputFile.text("index.html", "home"));
        sink.abandon();
        sink.early(sink.scan()).take(OutputFile.text("index.html", "home"));
        assertEquals(1, sink.publish(List.of(), List.of("index.html", ".nojekyll"), sink.scan()));
        assertFalse(Files.isSymbolicLink(out.resolve("index.html")), "the link is replaced by the page");
        assertEquals("home", Files.readString(out.resolve("index.html")));
        assertEquals("home", Files.readString(outside.resolve("page.html")), "the file it led to is untouched");
    }

    @Test
    void anEmptyEarlierListingIsTakenAgainBeforeTheFolderIsReplacedWhole() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        Map<String, Long> listed = sink.scan();
        sink.publish(site("index.html", "home", "articles/a/index.html", "a"));

        assertEquals(0, sink.publish(site("index.html", "home", "articles/a/index.html", "a"), listed),
                "the folder made since the listing is rewritten in place, not deleted and made again");
    }

    @Test
    void rewritingSwapsAFileForAFolderAndAFolderForAFile() throws IOException {
        Path out = dir.resolve("site-output");
        write(out.resolve(".nojekyll"), "");
        write(out.resolve("articles/x"), "a file where a folder goes");
        write(out.resolve("feed.xml/index.html"), "a folder where a file goes");
        Files.createDirectories(out.resolve("empty.html"));
        builtByGazette(out);
        new DirectorySink(out, "site-output").publish(site("articles/x/index.html", "page", "feed.xml", "<feed/>",
                "empty.html", "e"));
        assertEquals(Map.of(".nojekyll", "", "articles/x/index.html", "page", "feed.xml", "<feed/>", "empty.html", "e"),
                contents(out));
    }

    @Test
    void linksInAnExistingSiteAreReplacedNeverWrittenThrough() throws IOException {
        Path outside = dir.resolve("outside");
        write(outside.resolve("passwd"), "precious");
        Path out = dir.resolve("site-output");
        write(out.resolve(".nojekyll"), "");
        link(out.resolve("index.html"), outside.resolve("passwd"));
        link(out.resolve("articles"), outside);
        builtByGazette(out);
        new DirectorySink(out, "site-output").publish(site("index.html", "home", "articles/passwd", "overwritten?"));
        assertEquals(Map.of("passwd", "precious"), contents(outside));
        assertFalse(Files.isSymbolicLink(out.resolve("index.html")));
        assertFalse(Files.isSymbolicLink(out.resolve("articles")));
        assertEquals(Map.of(".nojekyll", "", "index.html", "home", "articles/passwd", "overwritten?"), contents(out));
    }

    @Test
    void anUpdateDeletesALinkedFolderBeforeWritingWhereItWas() throws IOException {
        Path outside = dir.resolve("outside");
        write(outside.resolve("page.html"), "precious");
        Path out = dir.resolve("site-output");
        write(out.resolve(".nojekyll"), "");
        link(out.resolve("articles"), outside);
        builtByGazette(out);
        DirectorySink sink = new DirectorySink(out, "site-output");
        assertEquals(-1L, sink.scan().get("articles"));
        sink.update(List.of(OutputFile.text("articles/page.html", "new")), List.of("articles"));
        assertEquals(Map.of("page.html", "precious"), contents(outside));
        assertEquals(Map.of(".nojekyll", "", "articles/page.html", "new"), contents(out));
    }

    @Test
    void aLeftoverStagingFolderFromACrashIsCleared() throws IOException {
        Path out = dir.resolve("site-output");
        write(dir.resolve(".site-output.staging/half-written.html"), "partial");
        new DirectorySink(out, "site-output").publish(site("index.html", "home"));
        assertEquals(Map.of(".nojekyll", "", "index.html", "home"), contents(out));
        assertEquals(List.of("site-output"), siblings());
    }

    @Test
    void refusesAFolderHoldingTheSitesConfigAndLeavesItUntouched() throws IOException {
        write(dir.resolve("gazette.yml"), "title: x");
        write(dir.resolve(".nojekyll"), "");
        write(dir.resolve("seeds/a.md"), "---");
        Map<String, String> before = contents(dir);
        BuildFailure f = assertThrows(BuildFailure.class, () -> new DirectorySink(dir, ".").publish(site("index.html", "x")));
        assertTrue(f.getMessage().contains("refusing to replace the output folder"), f.getMessage());
        assertTrue(f.getMessage().contains("gazette.yml") || f.getMessage().contains("seeds"), f.getMessage());
        assertEquals(before, contents(dir));
    }

    @Test
    void refusesAFolderOfOtherFilesItHasNoRecordOfAndLeavesItUntouched() throws IOException {
        Path out = dir.resolve("Documents");
        write(out.resolve("thesis.docx"), "years of work");
        write(out.resolve("notes/todo.txt"), "more work");
        BuildFailure f = assertThrows(BuildFailure.class,
                () -> new DirectorySink(out, "Documents").publish(site("index.html", "x")));
        assertEquals(1, f.problems().size());
        assertEquals("Documents", f.problems().get(0).file());
        assertTrue(f.getMessage().contains("no record of building it"), f.getMessage());
        assertTrue(f.getMessage().contains("notes/todo.txt, thesis.docx"), f.getMessage());
        assertEquals(Map.of("thesis.docx", "years of work", "notes/todo.txt", "more work"), contents(out));
        assertEquals(List.of("Documents"), siblings());
    }

    @Test
    void refusesAFileInPlaceOfTheFolder() throws IOException {
        Path out = dir.resolve("site-output");
        write(out, "a file");
        assertThrows(BuildFailure.class, () -> new DirectorySink(out, "site-output").publish(site("index.html", "x")));
        assertEquals("a file", Files.readString(out));
    }

    @Test
    void rejectsUnsafePathsAndWritesNothing() throws IOException {
        for (String bad : List.of("../x", "/abs", "a//b", "a/./b", "a/../../b", "dir/", "", "a\\b", "articles/x/..")) {
            Path out = dir.resolve("out");
            assertThrows(RuntimeException.class,
                    () -> new DirectorySink(out, "out").publish(site("index.html", "ok", bad, "evil")), bad);
            assertFalse(Files.exists(out), bad + " created the output");
            assertFalse(Files.exists(dir.resolve("x")), bad);
            assertFalse(Files.exists(dir.getRoot().resolve("abs")), bad);
        }
    }

    @Test
    void anUnsafePathLeavesTheOldSiteAsItWas() throws IOException {
        Path out = dir.resolve("site-output");
        write(out.resolve(".nojekyll"), "");
        write(out.resolve("index.html"), "old home");
        builtByGazette(out);
        Map<String, String> before = contents(out);
        assertThrows(RuntimeException.class,
                () -> new DirectorySink(out, "site-output").publish(site("index.html", "new", "../escape.html", "evil")));
        assertEquals(before, contents(out));
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }

    @Test
    void aFileThatCanNotBeWrittenIsReportedAsAProblemAndLeavesNoStagingFolder() throws IOException {
        Path out = dir.resolve("site-output");
        BuildFailure f = assertThrows(BuildFailure.class,
                () -> new DirectorySink(out, "site-output").publish(site("index.html", "new", "assets/Logo#Kazakhstan.svg", "x")));
        assertEquals("site-output", f.problems().get(0).file());
        assertEquals(List.of(), siblings());
    }

    @Test
    void refusesAFolderOfTheUsersOwnBesideANojekyllWithoutARecordAndLeavesItUntouched() throws IOException {
        // GitHub Pages' "deploy from /docs": the folder has a .nojekyll, and the user's own files.
        Path out = dir.resolve("docs");
        write(out.resolve(".nojekyll"), "");
        write(out.resolve("notes.md"), "precious");
        write(out.resolve("sub/keep.html"), "p");
        Map<String, String> before = contents(out);
        DirectorySink sink = new DirectorySink(out, "docs");
        BuildFailure f = assertThrows(BuildFailure.class, sink::checkReplaceable);
        assertTrue(f.getMessage().contains("docs:"), f.getMessage());
        assertTrue(f.getMessage().contains("no record of building it (.docs.gazette-files beside it)"), f.getMessage());
        assertTrue(f.getMessage().contains("would delete the files it holds: notes.md, sub/keep.html"), f.getMessage());
        assertTrue(f.getMessage().contains("empty the folder (one built by a Gazette before December 2026"), f.getMessage());
        assertThrows(BuildFailure.class, () -> sink.publish(site("index.html", "home")));
        assertEquals(before, contents(out));
        assertEquals(List.of("docs"), siblings());
    }

    @Test
    void aFileInTheWayOfANewPagesFolderIsNamedWithWhatIsWrong() throws IOException {
        // serve's update writes without listing the folder again: a file of the user's where a new
        // article's folder goes was reported as the bare path.
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home"));
        write(out.resolve("articles/zzz"), "mine");
        BuildFailure f = assertThrows(BuildFailure.class, () -> sink.update(List.of(OutputFile.text("index.html", "home, linking zzz"),
                OutputFile.text("articles/zzz/index.html", "page")), List.of()));
        assertTrue(f.getMessage().contains("cannot update the site: site-output/articles/zzz is a file where the site needs a"
                + " folder; nothing was changed"), f.getMessage());
        assertTrue(f.getMessage().contains("move it out of site-output/"), f.getMessage());
        // Found only while writing, the home page was updated to link to a page that was never written.
        assertEquals(Map.of(".nojekyll", "", "index.html", "home", "articles/zzz", "mine"), contents(out));
    }

    /** A disk that refuses writes to the paths named, and has {@code free} bytes. */
    private static DirectorySink.Disk disk(long free, Path... unwritable) {
        return new DirectorySink.Disk() {
            @Override
            public boolean isWritable(Path path) {
                return !List.of(unwritable).contains(path);
            }

            @Override
            public long usableSpace(Path existing) {
                return free;
            }
        };
    }

    @Test
    void aFileThatMayNotBeWrittenIsFoundBeforeAnythingChanges() throws IOException {
        Path out = dir.resolve("site-output");
        new DirectorySink(out, "site-output").publish(site("index.html", "home", "tags/oil/index.html", "oil", "feed.xml", "feed"));
        DirectorySink sink = new DirectorySink(out, "site-output", disk(Long.MAX_VALUE, out.resolve("tags/oil/index.html")));
        BuildFailure f = assertThrows(BuildFailure.class,
                () -> sink.publish(site("index.html", "new home", "tags/oil/index.html", "new oil", "feed.xml", "new feed")));
        assertTrue(f.getMessage().contains("cannot write the site: no permission to write site-output/tags/oil/index.html"), f.getMessage());
        assertFalse(f.outputChanged());
        // Written in place, the home page and the feed were new before the tag page failed.
        assertEquals(Map.of(".nojekyll", "", "index.html", "home", "tags/oil/index.html", "oil", "feed.xml", "feed"), contents(out));
    }

    @Test
    void aNewFileInAFolderThatMayNotBeWrittenIsFoundBeforeAnythingChanges() throws IOException {
        Path out = dir.resolve("site-output");
        new DirectorySink(out, "site-output").publish(site("index.html", "home", "tags/oil/index.html", "oil"));
        DirectorySink sink = new DirectorySink(out, "site-output", disk(Long.MAX_VALUE, out.resolve("tags")));
        assertThrows(BuildFailure.class, () -> sink.update(List.of(OutputFile.text("index.html", "new home"),
                OutputFile.text("tags/gas/index.html", "gas")), List.of()));
        assertEquals(Map.of(".nojekyll", "", "index.html", "home", "tags/oil/index.html", "oil"), contents(out));
    }

    @Test
    void aDiskWithoutRoomForTheChangedFilesIsFoundBeforeAnythingChanges() throws IOException {
        Path out = dir.resolve("site-output");
        new DirectorySink(out, "site-output").publish(site("index.html", "home", "old/index.html", "going"));
        DirectorySink sink = new DirectorySink(out, "site-output", disk(300 * 1024, new Path[0]));
        String big = "x".repeat(400 * 1024);
        BuildFailure f = assertThrows(BuildFailure.class, () -> sink.publish(site("index.html", "new home", "big/index.html", big)));
        assertTrue(f.getMessage().contains("the disk holding site-output/ has 300 KB free, and the changed files need about"), f.getMessage());
        assertEquals(Map.of(".nojekyll", "", "index.html", "home", "old/index.html", "going"), contents(out), "nothing deleted either");
        // Bytes that replace as many take no more room.
        new DirectorySink(out, "site-output", disk(300 * 1024, new Path[0])).publish(site("index.html", "HOME", "old/index.html", "GOING"));
        assertEquals("HOME", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aFailureNoCheckForesawSaysTheFolderIsPartlyUpdated() throws Exception {
        Path out = dir.resolve("site-output");
        new DirectorySink(out, "site-output").publish(site("a.html", "a", "z.html", "z"));
        Path stuck = out.resolve("z.html");
        // An immutable file refuses even root; a disk that says it may be written lets the write be tried.
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("chattr", "+i", stuck.toString()).start().waitFor() == 0,
                "chattr +i is not available here");
        try {
            DirectorySink sink = new DirectorySink(out, "site-output", disk(Long.MAX_VALUE, new Path[0]));
            BuildFailure f = assertThrows(BuildFailure.class, () -> sink.publish(site("a.html", "new a", "z.html", "new z")));
            assertTrue(f.outputChanged() || Files.readString(out.resolve("a.html")).equals("a"),
                    "a.html was written, and the failure says nothing was: " + f.getMessage());
        } finally {
            new ProcessBuilder("chattr", "-i", stuck.toString()).start().waitFor();
        }
    }

    @Test
    void anUpdateNeverWritesThroughALinkOfSomeoneElsesWhereAPagesFolderGoes() throws IOException {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home"));
        Files.createDirectories(out.resolve("articles"));
        link(out.resolve("articles/zzz"), outside);
        BuildFailure f = assertThrows(BuildFailure.class,
                () -> sink.update(List.of(OutputFile.text("articles/zzz/index.html", "page")), List.of()));
        assertTrue(f.getMessage().contains("site-output/articles/zzz is a link where the site needs a folder"), f.getMessage());
        assertEquals(Map.of(), contents(outside), "the page was written where the link pointed");
    }

    @Test
    void anUpdateNeverDeletesAFolderOfSomeoneElsesWhereAFileGoes() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home"));
        write(out.resolve("robots.txt/notes.txt"), "mine");
        BuildFailure f = assertThrows(BuildFailure.class,
                () -> sink.update(List.of(OutputFile.text("robots.txt", "User-agent: *")), List.of()));
        assertTrue(f.getMessage().contains("site-output/robots.txt is a folder with files in it where the site needs a file"),
                f.getMessage());
        assertEquals("mine", Files.readString(out.resolve("robots.txt/notes.txt")));
    }

    @Test
    void anUpdateReplacingAPagesFolderWithAFileItDeletesFirstGoesThrough() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home", "about/index.html", "page"));
        sink.update(List.of(OutputFile.text("about", "a static file now")), List.of("about/index.html"));
        assertEquals(Map.of(".nojekyll", "", "index.html", "home", "about", "a static file now"), contents(out));
    }

    @Test
    void aFileAddedToTheSiteSinceItWasBuiltIsNeverDeletedByAnUpdateEither() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home", "a.html", "a"));
        write(out.resolve("mine.html"), "the user's");
        BuildFailure f = assertThrows(BuildFailure.class, () -> sink.update(List.of(), List.of("a.html", "mine.html")));
        assertTrue(f.getMessage().contains("would delete: mine.html"), f.getMessage());
        assertEquals(Map.of(".nojekyll", "", "index.html", "home", "a.html", "a", "mine.html", "the user's"), contents(out));

        // A later sink, as the next build makes, reads what was written from the record.
        assertThrows(BuildFailure.class, () -> new DirectorySink(out, "site-output").publish(site("index.html", "home")));
        assertEquals("the user's", Files.readString(out.resolve("mine.html")));
        Files.delete(out.resolve("mine.html"));
        new DirectorySink(out, "site-output").update(List.of(OutputFile.text("b.html", "b")), List.of("a.html"));
        assertEquals(Map.of(".nojekyll", "", "index.html", "home", "b.html", "b"), contents(out));
        assertEquals("gazette-files 1\n.nojekyll\nb.html\nindex.html\n", Files.readString(dir.resolve(".site-output.gazette-files")));
    }

    @Test
    void aFileOfTheUsersWhereTheSiteNowPutsOneIsReplaced() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home"));
        write(out.resolve("CNAME"), "example.org"); // before cname: was set in gazette.yml
        sink.publish(site("index.html", "home", "CNAME", "news.example.org"));
        assertEquals("news.example.org", Files.readString(out.resolve("CNAME")));
    }

    @Test
    void emptyFoldersAreListedAsNoPageSoPublishingRemovesThem() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home", "tags/a/index.html", "a"));
        // As a build cut short between deleting pages and their folders left them.
        Files.createDirectories(out.resolve("tags/b"));
        Files.createDirectories(out.resolve("tags/c/deeper"));
        assertEquals(-1L, sink.scan().get("tags/b"));
        assertEquals(-1L, sink.scan().get("tags/c/deeper"));
        assertFalse(sink.scan().containsKey("tags/c"), "a folder that holds a folder is not empty");

        assertEquals(0, sink.publish(site("index.html", "home", "tags/a/index.html", "a")));
        assertEquals(List.of("", ".nojekyll", "index.html", "tags", "tags/a", "tags/a/index.html"), tree(out));

        Files.createDirectories(out.resolve("tags/d"));
        sink.update(List.of(), List.copyOf(sink.scan().entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey).toList()));
        assertEquals(List.of("", ".nojekyll", "index.html", "tags", "tags/a", "tags/a/index.html"), tree(out));
    }

    @Test
    void deletingTheLastPageOfAFolderDeletesTheFolderUpToTheOutput() throws IOException {
        Path out = dir.resolve("site-output");
        DirectorySink sink = new DirectorySink(out, "site-output");
        sink.publish(site("index.html", "home", "tags/a/index.html", "a", "tags/b/feed/index.xml", "b"));
        sink.update(List.of(), List.of("tags/a/index.html", "tags/b/feed/index.xml"));
        assertEquals(List.of("", ".nojekyll", "index.html"), tree(out));
    }

    @Test
    void aStopWhilePublishingWaitsUntilTheWholeSiteIsThere() throws Exception {
        Path out = dir.resolve("site-output");
        PublishGuard guard = new PublishGuard(false);
        DirectorySink sink = new DirectorySink(out, "site-output", guard);
        String[] many = new String[2 * 5000];
        for (int i = 0; i < 5000; i++) {
            many[2 * i] = "tags/t" + i + "/index.html";
            many[2 * i + 1] = "tag " + i;
        }
        sink.publish(site(many));
        Map<String, Long> listed = sink.scan();
        List<OutputFile> next = site("index.html", "home", "tags/t1/index.html", "tag 1");
        sink.early(listed);
        Thread publisher = new Thread(() -> sink.publish(next, List.of(), listed));
        publisher.start();
        while (!guard.publishing() && publisher.isAlive()) {
            Thread.onSpinWait();
        }

        guard.stop(); // as the shutdown hook does on Ctrl-C

        assertEquals(Map.of(".nojekyll", "", "index.html", "home", "tags/t1/index.html", "tag 1"), contents(out),
                "the stop returned only once the stale pages were all gone and the new ones written");
        assertEquals(List.of("", ".nojekyll", "index.html", "tags", "tags/t1", "tags/t1/index.html"), tree(out));
        assertEquals(List.of("site-output"), siblings());
        publisher.join();
        BuildFailure late = assertThrows(BuildFailure.class, () -> sink.publish(site("index.html", "later")));
        assertTrue(late.getMessage().contains("interrupted before publishing"), late.getMessage());
        assertEquals("home", Files.readString(out.resolve("index.html")), "nothing is published once stopping");
    }

    @Test
    void aStopBeforePublishingLeavesTheSiteAndRemovesWhatTheBuildBeganBesideIt() throws IOException {
        Path out = dir.resolve("site-output");
        PublishGuard guard = new PublishGuard(false);
        DirectorySink sink = new DirectorySink(out, "site-output", guard);
        sink.publish(site("index.html", "home"));
        assertTrue(sink.early(sink.scan()).take(OutputFile.text("index.html", "HOME")));
        assertEquals(List.of(".site-output.changed", "site-output"), siblings());

        guard.stop();

        assertEquals(List.of("site-output"), siblings(), "the file of changed pages is removed");
        assertThrows(BuildFailure.class, () -> sink.update(List.of(OutputFile.text("index.html", "HOME")), List.of()));
        assertEquals(Map.of(".nojekyll", "", "index.html", "home"), contents(out));

        Path fresh = dir.resolve("fresh");
        PublishGuard other = new PublishGuard(false);
        DirectorySink staged = new DirectorySink(fresh, "fresh", other);
        assertTrue(staged.early(Map.of()).take(OutputFile.text("index.html", "home")));
        other.stop();
        assertFalse(Files.exists(dir.resolve(".fresh.staging")), "the staging folder is removed");
        assertFalse(Files.exists(fresh));
    }

    /** Every file and folder below {@code root} (itself as ""), sorted: a tree as {@code diff -r} compares it. */
    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** Makes a symbolic link, or skips the test on a file system without them. */
    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("this file system has no symbolic links");
        }
    }
}
