package gazette.browser;

import gazette.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Site: the articles of {@code RussianSiteTest} on a site with {@code language: uk}, which has no
 * words of its own, served under a sub-path. Feature tested, in headless Chromium: search.js counts its
 * English by English rules, not by the page's language (21 is "one" in Ukrainian: "21 result").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UkrainianSearchTest {
    private SubPathServer server;
    private ChromeDriver browser;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        TestSite site = gazette.e2e.RussianSiteTestAccess.site(dir.resolve("site"), "uk").build();
        server = new SubPathServer(site.output(), "/gazeta/");
        browser = Chromium.start(dir.resolve("profile"), 1280, 800);
    }

    @AfterAll
    void stop() {
        Chromium.stop(browser, server);
    }

    @Test
    void englishMessagesCountAsEnglishDoes() {
        assertEquals("21 results for \u201cзаписи\u201d.", statusFor("записи"), "the live blog's 21 updates");
        assertEquals("1 result for \u201cВступление\u201d.", statusFor("Вступление"));
        assertEquals(List.of(), server.takeMissing());
    }

    private String statusFor(String query) {
        browser.get(server.base() + "search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> status().contains("\u201c" + query + "\u201d"));
        return status();
    }

    private String status() {
        return browser.findElement(By.id("search-status")).getText();
    }
}
