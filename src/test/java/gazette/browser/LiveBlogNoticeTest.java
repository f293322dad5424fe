package gazette.browser;

import gazette.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: two live blogs, one updated minutes ago and one from 2013, served under a sub-path.
 * Feature tested, in headless Chromium: a reader who keeps a live blog open is told when its feed
 * lists updates the page does not have (after a rebuild that adds one), and the notice's button
 * loads them (the page with the notice passes axe-core's WCAG 2.1 AA audit); a blog whose newest
 * update is more than a day old never asks for its feed. A screenshot of the notice goes to
 * {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveBlogNoticeTest {
    private static final String NOW_BLOG = "articles/vote-live/";
    private static final String OLD_BLOG = "articles/visit-live/";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private TestSite site;
    private SubPathServer server;
    private ChromeDriver browser;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        site = TestSite.of(dir.resolve("site"), """
                -- gazette.yml --
                title: Notices
                baseUrl: https://example.github.io/notices/
                timezone: UTC
                -- seeds/2013-07-01-visit-live.md --
                ---
                title: Visit, live
                date: 2013-07-01
                type: live
                ---
                ## Cameron lands

                *10:00*

                He landed.
                """);
        writeVoteBlog(List.of("Polls open"));
        site.build();
        server = new SubPathServer(site.output(), "/notices/");
        browser = Chromium.start(dir.resolve("profile"), 1280, 800);
    }

    @AfterAll
    void stop() {
        Chromium.stop(browser, server);
    }

    /** The vote blog with these updates, newest first, the first a minute old and each before it a minute older. */
    private void writeVoteBlog(List<String> titles) {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < titles.size(); i++) {
            body.append("## ").append(titles.get(i)).append("\n\n*")
                    .append(now.minusMinutes(i + 1L).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("*\n\nText.\n\n");
        }
        site.write("seeds/vote-live.md", "---\ntitle: Vote, live\ndate: " + now.minusHours(1).toLocalDate()
                + "\ntype: live\n---\n" + body);
    }

    @Test
    void aReaderWithTheBlogOpenIsToldOfNewUpdatesAndShownThem() throws IOException {
        assertTrue(site.html(NOW_BLOG + "index.html").selectFirst(".kicker").text().matches(".*\\b1 update\\b.*"),
                "one update, not '1 updates'");
        browser.get(server.base() + NOW_BLOG);
        WebElement notice = browser.findElement(By.className("live-notice"));
        assertEquals("", notice.getText(), "nothing new yet");
        returnToTheTab();
        sleep(500);
        assertEquals("", notice.getText(), "the feed lists no update the page lacks");

        writeVoteBlog(List.of("Turnout at noon", "Polls open"));
        site.build();
        returnToTheTab();
        new WebDriverWait(browser, WAIT).until(d -> !notice.getText().isEmpty());
        assertEquals("status", notice.getAttribute("role"), "screen readers announce it");
        assertTrue(notice.getText().startsWith("1 new update."), notice.getText());
        assertEquals(List.of(), Axe.run(browser, NOW_BLOG + " with its notice").stream().filter(Axe.Violation::serious)
                .map(Axe.Violation::toString).toList(), "the notice meets WCAG 2.1 AA (contrast, names)");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "live-notice-1280.png"), browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector(".live-notice button")).click();
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.id("turnout-at-noon")).isEmpty());
        assertEquals(server.base() + NOW_BLOG + "#updates-heading", browser.getCurrentUrl(), "at the newest updates");
        assertEquals("", browser.findElement(By.className("live-notice")).getText(), "nothing new after loading");
        assertEquals(List.of(), server.takeMissing());
    }

    @Test
    void aBlogQuietForMoreThanADayNeverAsksForItsFeed() {
        browser.get(server.base() + OLD_BLOG);
        returnToTheTab();
        sleep(500);
        Object feedRequests = browser.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf('feed.xml') >= 0; }).length");
        assertEquals(0L, feedRequests);
        assertFalse(browser.findElement(By.className("live-notice")).getText().contains("new"));
    }

    /** What the browser does when a reader comes back to the tab: the script asks at once rather than within a minute. */
    private void returnToTheTab() {
        browser.executeScript("document.dispatchEvent(new Event('visibilitychange'))");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
