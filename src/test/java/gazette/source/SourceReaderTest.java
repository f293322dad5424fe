package gazette.source;

import gazette.diag.Problem;
import gazette.diag.Problems;
import gazette.yaml.YNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Finding and splitting the files of seeds/: which are read, in what order, and where problems are. */
class SourceReaderTest {
    @TempDir
    Path site;

    private final Problems problems = new Problems(100);

    private void write(String relPath, String text) throws IOException {
        Path file = site.resolve(relPath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<SourceDoc> readAll() {
        return SourceReader.readAll(site, site.resolve("seeds"), problems);
    }

    private List<String> reported() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    private static final String ARTICLE = "---\ntitle: A\ndate: 2013-07-01\n---\nBody.\n";

    @Test
    void readsAMarkdownFileWithPositionsFromTheTopOfTheFile() throws IOException {
        write("seeds/2013-07-01-a.md", ARTICLE);
        List<SourceDoc> docs = readAll();
        assertEquals(List.of(), reported());
        assertEquals(1, docs.size());
        SourceDoc doc = docs.get(0);
        assertEquals("seeds/2013-07-01-a.md", doc.relPath());
        assertEquals("seeds/2013-07-01-a.md", doc.frontMatterFile());
        assertEquals(SourceDoc.Format.MARKDOWN, doc.format());
        assertEquals("2013-07-01-a.md", doc.fileName());
        assertEquals(2, doc.frontMatter().entry("title").orElseThrow().keyLine());
        assertEquals(3, doc.frontMatter().entry("date").orElseThrow().keyLine());
        assertEquals("Body.\n", doc.body());
        assertEquals(5, doc.bodyLine());
    }

    @Test
    void windowsLineEndsAndABomKeepTheSamePositions() throws IOException {
        Files.createDirectories(site.resolve("seeds"));
        byte[] text = "---\r\ntitle: A\r\ndate: 2013-07-01\r\n---\r\nBody.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(site.resolve("seeds/a.md"), withBom);
        SourceDoc doc = readAll().get(0);
        assertEquals(List.of(), reported());
        assertEquals(3, doc.frontMatter().entry("date").orElseThrow().keyLine());
        assertEquals("Body.\n", doc.body());
    }

    @Test
    void resultsAreSortedByPath() throws IOException {
        write("seeds/c.md", ARTICLE);
        write("seeds/a.md", ARTICLE);
        write("seeds/b/z.md", ARTICLE);
        write("seeds/b.md", ARTICLE);
        write("seeds/aa.md", ARTICLE);
        List<String> paths = readAll().stream().map(SourceDoc::relPath).toList();
        assertEquals(List.of("seeds/a.md", "seeds/aa.md", "seeds/b.md", "seeds/b/z.md", "seeds/c.md"), paths);
    }

    @Test
    void hiddenAndUnderscoreFilesAndFoldersAreSkipped() throws IOException {
        write("seeds/a.md", ARTICLE);
        write("seeds/.draft.md", "not front matter");
        write("seeds/_notes.md", "not front matter");
        write("seeds/_drafts/b.md", "not front matter");
        write("seeds/.git/c.md", "not front matter");
        write("seeds/sub/_hidden/d.md", "not front matter");
        List<String> paths = readAll().stream().map(SourceDoc::relPath).toList();
        assertEquals(List.of("seeds/a.md"), paths);
        assertEquals(List.of(), reported());
    }

    @Test
    void filesThatAreNotMarkdownOrTextAreIgnored() throws IOException {
        write("seeds/a.md", ARTICLE);
        write("seeds/photo.jpg", "\0\0");
        write("seeds/notes.markdown.bak", "x");
        write("seeds/README", "x");
        assertEquals(List.of("seeds/a.md"), readAll().stream().map(SourceDoc::relPath).toList());
        assertEquals(List.of(), reported());
    }

    @Test
    void markdownUnderAnotherExtensionIsNamedInAWarningNotRead() throws IOException {
        write("seeds/a.md", ARTICLE);
        write("seeds/2013-07-02-b.markdown", ARTICLE);
        write("seeds/sub/2013-07-03-c.MD", ARTICLE);
        write("seeds/2013-07-04-d.TXT", "Headline\n\nBody.\n");
        write("seeds/_drafts/e.markdown", ARTICLE);
        assertEquals(List.of("seeds/a.md"), readAll().stream().map(SourceDoc::relPath).toList());
        assertEquals(List.of(
                "seeds/2013-07-02-b.markdown:1:1: warning: not read: articles are files named *.md (raw copy *.txt); rename it to 2013-07-02-b.md",
                "seeds/2013-07-04-d.TXT:1:1: warning: not read: articles are files named *.md (raw copy *.txt); rename it to 2013-07-04-d.txt",
                "seeds/sub/2013-07-03-c.MD:1:1: warning: not read: articles are files named *.md (raw copy *.txt); rename it to 2013-07-03-c.md"),
                reported());
        assertFalse(problems.hasErrors(), "a warning, the build goes on");
    }

    @Test
    void aDanglingLinkWithAMediaNameIsNamedAndServeListsAgainWhenSuchALinkChanges() throws IOException {
        write("seeds/a.md", ARTICLE);
        write("elsewhere/b.md", ARTICLE);
        Files.createSymbolicLink(site.resolve("seeds/more"), site.resolve("elsewhere"));
        Files.createSymbolicLink(site.resolve("seeds/gone.jpg"), site.resolve("nowhere.jpg"));
        readAll();
        assertTrue(reported().contains("seeds/gone.jpg:1:1: warning: not read: a link to nothing (what it names is missing)"),
                reported()::toString);
        assertTrue(SourceReader.isNotRead(site.resolve("seeds"), site.resolve("seeds/gone.jpg")));
        assertTrue(SourceReader.isNotRead(site.resolve("seeds"), site.resolve("seeds/more")));
        assertFalse(SourceReader.isNotRead(site.resolve("seeds"), site.resolve("seeds/a.md")));
    }

    @Test
    void frontMatterWithNoRawCopyBesideItIsNamedInAWarning() throws IOException {
        write("seeds/a.md", ARTICLE);
        write("seeds/a.yml", "title: Meant for a.md\n");
        write("seeds/wire.txt", "Headline\n\nBody.\n");
        write("seeds/wire.yml", "title: Wire\ndate: 2013-07-01\n");
        write("seeds/orphan.yml", "title: Its copy was deleted\n");
        assertEquals(List.of("seeds/a.md", "seeds/wire.txt"), readAll().stream().map(SourceDoc::relPath).toList());
        assertEquals(List.of(
                "seeds/a.yml:1:1: warning: not read: a.yml holds the front matter of raw copy a.txt beside it, and there is none"
                        + " (a Markdown article keeps its own at its top)",
                "seeds/orphan.yml:1:1: warning: not read: orphan.yml holds the front matter of raw copy orphan.txt beside it,"
                        + " and there is none (a Markdown article keeps its own at its top)"), reported());
    }

    @Test
    void aBadFileIsReportedAndTheOthersAreStillRead() throws IOException {
        write("seeds/a.md", ARTICLE);
        write("seeds/b.md", "# No front matter\n");
        write("seeds/c.md", "---\ntitle: A\ntitle: B\n---\n");
        write("seeds/d.md", ARTICLE);
        List<String> paths = readAll().stream().map(SourceDoc::relPath).toList();
        assertEquals(List.of("seeds/a.md", "seeds/d.md"), paths);
        assertEquals(List.of(
                "seeds/b.md:1:1: missing front matter (start the file with a line '---', the YAML keys, then '---')",
                "seeds/c.md:3:1: duplicate key 'title' (first given on line 2)"), reported());
    }

    @Test
    void aYamlErrorInFrontMatterIsReportedAtTheFileLine() throws IOException {
        write("seeds/a.md", "---\ndate: 2013-07-01\ntitle: Cameron: in Astana\n---\n");
        readAll();
        assertEquals(1, problems.all().size());
        Problem p = problems.all().get(0);
        assertEquals(3, p.line());
        assertEquals(15, p.column());
    }

    @Test
    void frontMatterThatIsAListIsReported() throws IOException {
        write("seeds/a.md", "---\n- title\n---\n");
        assertTrue(readAll().isEmpty());
        assertEquals(List.of("seeds/a.md:2:1: front matter must be a mapping of keys to values, not a list"), reported());
    }

    @Test
    void emptyFrontMatterGivesAnEmptyMapping() throws IOException {
        write("seeds/a.md", "---\n---\nBody.\n");
        SourceDoc doc = readAll().get(0);
        assertTrue(doc.frontMatter().entries().isEmpty());
        assertEquals(3, doc.bodyLine());
    }

    @Test
    void aLatin1FileIsReportedAtTheBadByte() throws IOException {
        Files.createDirectories(site.resolve("seeds"));
        Files.write(site.resolve("seeds/a.md"), "---\ntitle: Café\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(readAll().isEmpty());
        assertEquals(1, problems.all().size());
        assertTrue(reported().get(0).startsWith("seeds/a.md:2:11: file is not valid UTF-8"), reported().get(0));
    }

    @Test
    void aMissingSourceFolderIsReported() {
        assertTrue(readAll().isEmpty());
        assertEquals(List.of("seeds:1:1: source folder not found (create it or pass --source)"), reported());
    }

    @Test
    void rawCopyWithoutASidecarHasEmptyFrontMatterAndTheWholeTextAsBody() throws IOException {
        write("seeds/cameron.txt", "Cameron in Astana\n\nBody.\n");
        SourceDoc doc = readAll().get(0);
        assertEquals(SourceDoc.Format.RAW_COPY, doc.format());
        assertTrue(doc.frontMatter().entries().isEmpty());
        assertEquals("Cameron in Astana\n\nBody.\n", doc.body());
        assertEquals(1, doc.bodyLine());
        assertEquals("seeds/cameron.txt", doc.frontMatterFile());
    }

    @Test
    void rawCopyTakesFrontMatterFromItsSidecarWithTheSidecarsLines() throws IOException {
        write("seeds/cameron.txt", "Cameron in Astana\n");
        write("seeds/cameron.yml", "title: Cameron\ndate: 2013-07-01\n");
        List<SourceDoc> docs = readAll();
        assertEquals(1, docs.size(), "the sidecar is not an article of its own");
        SourceDoc doc = docs.get(0);
        assertEquals("seeds/cameron.yml", doc.frontMatterFile());
        assertEquals("seeds/cameron.txt", doc.relPath());
        assertEquals(2, doc.frontMatter().entry("date").orElseThrow().keyLine());
        assertEquals("2013-07-01", ((YNode.Scalar) doc.frontMatter().get("date").orElseThrow()).value());
    }

    @Test
    void aBrokenSidecarIsReportedInTheSidecar() throws IOException {
        write("seeds/cameron.txt", "Cameron in Astana\n");
        write("seeds/cameron.yml", "title: A\ntitle: B\n");
        assertTrue(readAll().isEmpty());
        assertEquals(List.of("seeds/cameron.yml:2:1: duplicate key 'title' (first given on line 1)"), reported());
    }

    @Test
    void aLinkToAnArticleCountsAsTheArticleAndALinkToAFolderOrToNothingIsNamedInAWarning() throws IOException {
        write("seeds/a.md", ARTICLE);
        write("elsewhere/b.md", ARTICLE);
        write("elsewhere/more/c.md", ARTICLE);
        link(site.resolve("seeds/b.md"), site.resolve("elsewhere/b.md"));
        link(site.resolve("seeds/more"), site.resolve("elsewhere/more"));
        link(site.resolve("seeds/gone.md"), site.resolve("elsewhere/nothing.md"));
        assertEquals(List.of("seeds/a.md", "seeds/b.md"), readAll().stream().map(SourceDoc::relPath).toList());
        assertEquals(List.of("seeds/gone.md:1:1: warning: not read: a link to nothing (what it names is missing)",
                "seeds/more:1:1: warning: not read: a link to a folder is not followed; move the folder itself into the"
                        + " source folder (a link to a file is read)"), reported(), "named, not passed over unseen");
    }

    @Test
    void aLoopOfLinksIsNamedAsOneNotAsMissing() throws IOException {
        write("seeds/a.md", ARTICLE);
        link(site.resolve("seeds/loop1.md"), site.resolve("seeds/loop2.md"));
        link(site.resolve("seeds/loop2.md"), site.resolve("seeds/loop1.md"));
        readAll();
        assertEquals(List.of("seeds/loop1.md:1:1: warning: not read: a link in a loop of links, leading back to itself",
                "seeds/loop2.md:1:1: warning: not read: a link in a loop of links, leading back to itself"), reported());
    }

    @Test
    void eachListedFileCarriesItsStampOnceItHasSettled() throws Exception {
        write("seeds/a.md", ARTICLE);
        write("seeds/sub/b.md", ARTICLE);
        List<SourceReader.ListedFile> fresh = SourceReader.listStamped(site, site.resolve("seeds"), problems);
        assertEquals(2, fresh.size());
        assertTrue(fresh.stream().allMatch(f -> f.stamp().isEmpty()), "a file written less than a second ago has no stamp yet");
        Thread.sleep(1100);
        assumeTrue(FileStamp.of(site.resolve("seeds/a.md")).isPresent(), "this file system gives no stamps");
        for (SourceReader.ListedFile f : SourceReader.listStamped(site, site.resolve("seeds"), problems)) {
            assertEquals(FileStamp.of(f.path()), f.stamp(), f.path().toString());
        }
    }

    /** Makes a symbolic link, or skips the test on a file system without them. */
    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links: " + e);
        }
    }

    @Test
    void problemPathsAreRelativeToTheSiteWithForwardSlashes() {
        assertEquals("seeds/sub/a.md", SourceReader.relative(site, site.resolve("seeds").resolve("sub").resolve("a.md")));
    }

    @Test
    void aRawCopyFileAndItsSidecarNameEachOther() {
        Path txt = Path.of("seeds", "2013-07-01-wire.txt");
        Path yml = Path.of("seeds", "2013-07-01-wire.yml");
        assertEquals(yml, SourceReader.sidecarOf(txt));
        assertEquals(txt, SourceReader.ownerOf(yml), "a changed sidecar stands for its raw-copy file");
        Path md = Path.of("seeds", "2013-07-01-visit.md");
        assertEquals(md, SourceReader.ownerOf(md));
    }
}
