package gazette.e2e;

import gazette.build.BuildOptions;
import gazette.build.IncrementalBuild;
import gazette.build.SourceChanges;
import gazette.output.DirectorySink;
import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Site: the Russian fixture of {@link RussianSiteTest}. Features tested: an edit of {@code labels:}
 * in gazette.yml re-renders every page, under a build that starts from the last build's cache and
 * under a resident build told only that gazette.yml changed (as {@code serve} is), each giving the
 * clean build's bytes.
 */
class LabelChangesTest {
    private static final String BEFORE = "labels:\n  nav.timeline: Летопись\n";
    private static final String AFTER = "labels:\n  nav.timeline: Хронология событий\n";

    @Test
    void anIncrementalBuildNoticesALabelEdit(@TempDir Path dir) throws IOException {
        TestSite site = RussianSiteTest.russianSite(dir.resolve("site"), BEFORE).build();
        editLabels(site);
        site.build();
        assertEveryPageSaysTheNewLabel(site);
        assertSameBytes(clean(dir), site);
    }

    @Test
    void aResidentBuildToldOnlyOfTheConfigNoticesALabelEdit(@TempDir Path dir) throws IOException {
        TestSite site = RussianSiteTest.russianSite(dir.resolve("site"), BEFORE);
        IncrementalBuild builder = new IncrementalBuild(BuildOptions.defaults(site.root()),
                new DirectorySink(site.output(), "site-output"), true);
        builder.run(false, false, SourceChanges.UNKNOWN);
        editLabels(site);
        builder.run(false, false, SourceChanges.of(Set.of(site.root().resolve("gazette.yml"))));
        assertEveryPageSaysTheNewLabel(site);
        assertSameBytes(clean(dir), site);
    }

    private static void editLabels(TestSite site) throws IOException {
        Path config = site.root().resolve("gazette.yml");
        Files.writeString(config, Files.readString(config).replace(BEFORE, AFTER));
    }

    private static TestSite clean(Path dir) {
        return RussianSiteTest.russianSite(dir.resolve("clean"), AFTER).build("--clean");
    }

    private static void assertEveryPageSaysTheNewLabel(TestSite site) {
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html")) {
                assertEquals("Хронология событий", site.html(file).selectFirst("nav.site-nav a[href$=timeline/]").text(), file);
            }
        }
    }

    private static void assertSameBytes(TestSite expected, TestSite actual) throws IOException {
        var want = DeterminismTest.tree(expected.output());
        var got = DeterminismTest.tree(actual.output());
        assertEquals(want.keySet(), got.keySet());
        for (String path : want.keySet()) {
            assertEquals(new String(want.get(path), java.nio.charset.StandardCharsets.UTF_8),
                    new String(got.get(path), java.nio.charset.StandardCharsets.UTF_8), path);
        }
    }
}
