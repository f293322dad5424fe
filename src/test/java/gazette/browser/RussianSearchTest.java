package gazette.browser;

import gazette.config.PluralRule;
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
 * Site: the Russian fixture of {@code RussianSiteTest} (22 articles, a live blog of 21 updates), served
 * under a sub-path. Feature tested, in headless Chromium: search.js speaks the site's language, with
 * the messages the page hands it, counting in the form the number takes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RussianSearchTest {
    private SubPathServer server;
    private ChromeDriver browser;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        TestSite site = gazette.e2e.RussianSiteTestAccess.site(dir.resolve("site")).build();
        server = new SubPathServer(site.output(), "/gazeta/");
        browser = Chromium.start(dir.resolve("profile"), 1280, 800);
    }

    @AfterAll
    void stop() {
        Chromium.stop(browser, server);
    }

    @Test
    void searchSaysWhatItFoundInRussian() {
        assertEquals("По запросу «qzxvwkj» ничего не найдено.", statusFor("qzxvwkj"));
        String found = statusFor("номер");
        int count = browser.findElements(By.cssSelector("#search-results > li > a")).size();
        String word = switch (PluralRule.EAST_SLAVIC.form(count)) {
            case "one" -> "результат";
            case "few" -> "результата";
            default -> "результатов";
        };
        assertEquals(count + " " + word + " по запросу «номер».", found);
        assertEquals("1 результат по запросу «Вступление».", statusFor("Вступление"));
        assertEquals(List.of(), server.takeMissing());
    }

    private String statusFor(String query) {
        browser.get(server.base() + "search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> status().contains("«" + query + "»"));
        return status();
    }

    private String status() {
        return browser.findElement(By.id("search-status")).getText();
    }
}
