package gazette.browser;

import gazette.build.BuildOptions;
import gazette.serve.DevServer;
import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: a fresh one whose only article has a title with no closing quote, served by {@code serve}
 * under a sub-path before it has ever built. Feature tested, in headless Chromium: the tab shows the
 * problem, and once the file is fixed it reloads into the site by itself.
 */
class NoSiteReloadTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aTabOpenedBeforeTheFirstGoodBuildReloadsIntoTheSite(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.of(dir.resolve("site"), """
                -- gazette.yml --
                title: Late start
                baseUrl: https://example.github.io/late/
                -- seeds/2013-07-01-first.md --
                ---
                title: "broken
                date: 2013-07-01
                ---
                Body.
                """);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ChromeDriver browser = null;
        try (DevServer server = DevServer.start(BuildOptions.defaults(site.root()), "127.0.0.1", 0, quiet, quiet)) {
            browser = Chromium.start(dir.resolve("profile"), 1280, 800);
            browser.get(server.url() + "articles/first/");
            // Found afresh until it shows: the page may load again meanwhile (a rebuild that fails again tells
            // it to), and an element of the page before is stale.
            new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("gazette-problems")).getText().contains("seeds/2013-07-01-first.md:"));
            new WebDriverWait(browser, WAIT).until(d -> server.openPages() == 1);

            site.write("seeds/2013-07-01-first.md", "---\ntitle: Fixed at last\ndate: 2013-07-01\n---\nBody.\n");
            new WebDriverWait(browser, WAIT).until(d -> d.getTitle().contains("Fixed at last"));
            assertTrue(browser.findElements(By.id("gazette-problems")).isEmpty(), "no overlay over the site");
            // The 503 of the first page is logged as a failed load; anything else severe is a script error.
            List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue() && !e.getMessage().contains("503"))
                    .map(LogEntry::getMessage).toList();
            assertEquals(List.of(), errors, "no JavaScript errors");
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
    }
}
