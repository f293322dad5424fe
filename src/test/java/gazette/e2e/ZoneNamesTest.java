package gazette.e2e;

import gazette.build.BuildOptions;
import gazette.build.IncrementalBuild;
import gazette.build.SourceChanges;
import gazette.output.DirectorySink;
import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: a London site with a live blog whose updates run from summer time into winter time, one of
 * them posted from Almaty. Features tested: times read as the site zone's clock is known ("BST",
 * "GMT") on the article page, the timeline, the feed and the search data; a time in another offset
 * keeps its offset; a change of the site's zone under {@code serve} renames every time as a clean
 * build does.
 */
class ZoneNamesTest {
    private static TestSite site(Path dir, String zone) {
        return TestSite.of(dir, """
                -- gazette.yml --
                title: Zones
                description: Clocks.
                language: en-GB
                baseUrl: https://example.github.io/zones/
                timezone: %s
                topics:
                  - {id: trade, title: Trade}
                -- seeds/2020-10-24-clocks-live.md --
                ---
                title: Clocks go back
                date: 2020-10-24T09:00+01:00
                type: live
                topics: [trade]
                ---

                The introduction.

                ## Morning after the change

                *2020-10-25T09:30+00:00*

                Winter time.

                ## From Almaty

                *2020-10-24T21:00+06:00*

                Posted from the east.

                ## Evening before the change

                *2020-10-24T18:15+01:00*

                Summer time still.
                """.formatted(zone));
    }

    @Test
    void timesOnTheSiteZonesClockAreNamedAsItsReadersKnowIt(@TempDir Path dir) {
        TestSite site = site(dir, "Europe/London").build();
        var page = site.html("articles/clocks-live/index.html");
        assertEquals(java.util.List.of("25 October 2020, 09:30 GMT", "24 October 2020, 21:00 UTC+06:00",
                "24 October 2020, 18:15 BST"), page.select(".update-time time").eachText());
        assertEquals("2020-10-24T18:15+01:00", page.select(".update-time time").last().attr("datetime"),
                "machines still read the offset");
        assertTrue(site.html("timeline/index.html").text().contains("24 October 2020, 18:15 BST"));
        assertTrue(site.text("feed.xml").contains("25 October 2020, 09:30 GMT"));
        assertTrue(site.text("search/index.json").contains("24 October 2020, 09:00 BST"));
    }

    @Test
    void aChangeOfZoneUnderServeRenamesEveryTimeAsACleanBuildDoes(@TempDir Path dir) throws IOException {
        TestSite site = site(dir.resolve("site"), "Europe/London");
        IncrementalBuild builder = new IncrementalBuild(BuildOptions.defaults(site.root()),
                new DirectorySink(site.output(), "site-output"), true);
        builder.run(false, false, SourceChanges.UNKNOWN);
        Path config = site.root().resolve("gazette.yml");
        Files.writeString(config, Files.readString(config).replace("Europe/London", "Europe/Dublin"));
        builder.run(false, false, SourceChanges.of(Set.of(config)));

        String page = site.text("articles/clocks-live/index.html");
        assertFalse(page.contains("BST"), "London's name for the clock is gone");
        var want = DeterminismTest.tree(site(dir.resolve("clean"), "Europe/Dublin").build("--clean").output());
        var got = DeterminismTest.tree(site.output());
        assertEquals(want.keySet(), got.keySet());
        for (String path : want.keySet()) {
            assertEquals(new String(want.get(path), StandardCharsets.UTF_8), new String(got.get(path), StandardCharsets.UTF_8), path);
        }
    }
}
