package gazette.browser;

import gazette.build.BuildOptions;
import gazette.serve.DevServer;
import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: two articles, the first with a picture without alt text (a warning), the second with a title
 * whose quote is never closed (an error), served by {@code serve}. Feature tested, in headless
 * Chromium: the problems in the page, both on the page served while there is no site yet and in the
 * overlay over the last good site, show the error that stopped the build first, tagged "Error" in
 * words and marked apart from the warning, tagged "Warning", which comes first in file order; and
 * the overlay has no serious accessibility violations.
 */
class ProblemOverlayTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String WARNED = "seeds/2013-07-01-a.md";
    private static final String BROKEN = "seeds/2013-07-02-b.md";

    @Test
    void theErrorStandsOutFromTheWarnings(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir.resolve("site"), """
                -- gazette.yml --
                title: Problems
                baseUrl: https://example.github.io/problems/
                -- seeds/2013-07-01-a.md --
                ---
                title: A
                date: 2013-07-01
                ---
                ![](https://example.org/a.png)
                -- seeds/2013-07-02-b.md --
                ---
                title: "broken
                date: 2013-07-02
                ---
                Body.
                """);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ChromeDriver browser = null;
        try (DevServer server = DevServer.start(BuildOptions.defaults(site.root()), "127.0.0.1", 0, quiet, quiet)) {
            browser = Chromium.start(dir.resolve("profile"), 1280, 800);
            browser.get(server.url() + "articles/a/");
            assertErrorFirstAndApart(browser, "no site yet");

            site.write(BROKEN, "---\ntitle: B\ndate: 2013-07-02\n---\nBody.\n");
            new WebDriverWait(browser, WAIT).until(d -> d.getTitle().startsWith("A"));
            site.write(BROKEN, "---\ntitle: \"broken again\ndate: 2013-07-02\n---\nBody.\n");
            assertErrorFirstAndApart(browser, "over the last good site");
            List<Axe.Violation> serious = Axe.run(browser, "overlay").stream().filter(Axe.Violation::serious).toList();
            assertEquals(List.of(), serious.stream().map(Axe.Violation::toString).toList(), "serious WCAG 2.1 AA violations");
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    /** What the two lines show, read in one go: the overlay may be drawn again (a second report) between reads. */
    private record Shown(String errorText, String warningText, String errorTag, List<String> errorLook, List<String> warningLook) {
    }

    private static final List<String> LOOK = List.of("border-left-color", "background-color", "color");

    private static void assertErrorFirstAndApart(ChromeDriver browser, String where) {
        Shown shown = new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#gazette-problems li"));
            if (items.size() != 2) {
                return null;
            }
            WebElement error = items.get(0);
            WebElement warning = items.get(1);
            return new Shown(error.getText(), warning.getText(), error.findElement(By.tagName("strong")).getText(),
                    LOOK.stream().map(error::getCssValue).toList(), LOOK.stream().map(warning::getCssValue).toList());
        });
        assertTrue(shown.errorText().startsWith("Error " + BROKEN + ":"), where + ": " + shown.errorText());
        assertTrue(shown.warningText().startsWith("Warning " + WARNED + ":"), where + ": " + shown.warningText());
        assertEquals("Error", shown.errorTag(), where);
        for (int i = 0; i < LOOK.size(); i++) {
            assertNotEquals(shown.warningLook().get(i), shown.errorLook().get(i), where + ": " + LOOK.get(i));
        }
    }
}
