package gazette.browser;

import gazette.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: a live blog on a {@code Europe/London} site whose updates carry times, in English as the US
 * writes dates ({@code September 30, 2020, 11:45 PM BST}, the longest) and in Russian, served under a
 * sub-path, and a report of 2019 dated by its month alone (a short date). Feature tested, in headless
 * Chromium at 1280 and 375 CSS pixels: the timeline's dates with their times read on one line each,
 * on a desktop beside the entries, on a phone above them, and the page never scrolls sideways; on a
 * desktop every entry of every year starts at one line, however short a year's dates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineLayoutTest {
    private static final String LIVE = """
            ---
            title: Election night live
            date: 2020-09-30T09:00:00+01:00
            type: live
            ---
            Intro.

            ## Polls close

            *23:45*

            Text.

            ## Count begins

            *09:45*

            Text.
            """;
    /** Each date's text, the lines its box takes, and whether the page is wider than the screen. */
    private static final String MEASURE = """
            var times = Array.from(document.querySelectorAll('.tl-when time')).map(function (t) {
              var r = document.createRange(); r.selectNodeContents(t);
              var tops = Array.from(r.getClientRects()).map(function (b) { return Math.round(b.top); });
              return t.textContent + ' | ' + new Set(tops).size;
            });
            var starts = Array.from(document.querySelectorAll('.tl-what')).map(function (w) {
              return Math.round(w.getBoundingClientRect().left);
            });
            return {times: times, sideways: document.documentElement.scrollWidth > window.innerWidth,
                    starts: Array.from(new Set(starts))};
            """;

    private SubPathServer english;
    private SubPathServer russian;

    @BeforeAll
    void build(@TempDir Path dir) throws IOException {
        english = new SubPathServer(site(dir.resolve("en"), "en").output(), "/times/");
        russian = new SubPathServer(site(dir.resolve("ru"), "ru").output(), "/times/");
    }

    private static TestSite site(Path root, String language) {
        return TestSite.of(root, """
                -- gazette.yml --
                title: Times
                language: %s
                baseUrl: https://example.github.io/times/
                timezone: Europe/London
                topics:
                  - {id: world, title: World}
                """.formatted(language))
                .write("seeds/2020-09-30-live.md", LIVE)
                .write("seeds/2020-05-05-report.md", "---\ntitle: A report\ndate: 2020-05-05T09:45:00+01:00\n---\nText.\n")
                .write("seeds/2019-05-older.md", "---\ntitle: An older report\ndate: 2019-05\n---\nText.\n")
                .build();
    }

    @AfterAll
    void stop() {
        Chromium.stop(null, english);
        Chromium.stop(null, russian);
    }

    @Test
    void aDateWithItsTimeTakesOneLineOnADesktop(@TempDir Path profile) {
        eachDateOnOneLine(profile, 1280, 800);
    }

    @Test
    void andOnAPhone(@TempDir Path profile) {
        eachDateOnOneLine(profile, 375, 812);
    }

    private void eachDateOnOneLine(Path profile, int width, int height) {
        ChromeDriver browser = Chromium.start(profile, width, height);
        try {
            for (SubPathServer server : List.of(english, russian)) {
                browser.get(server.base() + "timeline/");
                @SuppressWarnings("unchecked")
                Map<String, Object> measured = (Map<String, Object>) browser.executeScript(MEASURE);
                @SuppressWarnings("unchecked")
                List<String> times = (List<String>) measured.get("times");
                assertEquals(5, times.size(), times::toString);
                assertTrue(times.stream().allMatch(t -> t.endsWith(" | 1")), () -> width + "px: " + times);
                assertFalse((Boolean) measured.get("sideways"), width + "px: the page scrolls sideways");
                if (width > 1000) {
                    // One column of dates for the whole page: 2019's "May 2019" made a narrower one of its own.
                    assertEquals(1, ((List<?>) measured.get("starts")).size(), () -> "entries start at " + measured.get("starts"));
                }
            }
        } finally {
            browser.quit();
        }
    }
}
