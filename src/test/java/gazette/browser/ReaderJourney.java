package gazette.browser;

import gazette.testing.TestSite;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: the repository's seed site and one more article with Cyrillic words, built with {@code --base-url https://example.github.io/uk-kazakhstan/}
 * and served under {@code /uk-kazakhstan/} on loopback. Features tested, in headless Chromium at
 * the width a subclass gives: what a reader does (home page → topic, live blog → update anchor,
 * timeline → update, search → update, search by topic, a linked search, no results, a search whose
 * index fails to load), that no page loads a missing file or raises a JavaScript error, and that
 * the main pages have no serious or critical WCAG 2.1 A/AA violations (axe-core). Screenshots of
 * the home page, the live blog and a search go to {@code target/screenshots/}.
 *
 * <p>One browser per class, reused by every test; each test starts from a fresh page load.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReaderJourney {
    static final String SUB_PATH = "/uk-kazakhstan/";
    static final String LIVE = "articles/cameron-first-pm-in-kazakhstan/";
    static final String POTTER = "cameron-would-like-to-be-harry-potter";
    static final String MOSCOW_TIMES = "articles/almaty-business-is-best-defense/";
    /** An article added to the seed site whose only mention of the city is in Cyrillic. */
    static final String LETTER = "articles/letter-from-almaty/";
    /** An article using every Markdown feature: code and tables wider than a phone, quotes, notes. */
    static final String EVERYTHING = "articles/everything/";
    static final Duration WAIT = Duration.ofSeconds(10);

    TestSite site;
    SubPathServer server;
    ChromeDriver browser;
    String base;

    /** The viewport's width in CSS pixels. */
    abstract int width();

    abstract int height();

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("site"));
        site = TestSite.seedCopy(dir.resolve("site"))
                .write("seeds/2013-06-29-letter-from-almaty.md", "---\ntitle: A Letter From the Southern Capital\n"
                        + "date: 2013-06-29\ntopics: [trade]\n---\nTraders there still call the city «Алма-Ата», "
                        + "not «Алматы».\n")
                .write("seeds/2013-07-03-everything.md", TestSite.resource("articles/everything.md"))
                .build("--base-url", "https://example.github.io/uk-kazakhstan/");
        server = new SubPathServer(site.output(), SUB_PATH);
        base = server.base();
        browser = Chromium.start(dir.resolve("profile"), width(), height());
    }

    @AfterAll
    void stop() {
        Chromium.stop(browser, server);
    }

    /** After every test: nothing the pages asked for was missing, and no script failed. */
    @AfterEach
    void nothingMissingAndNoScriptErrors() {
        assertEquals(List.of(), server.takeMissing(), "requests that found nothing");
        assertEquals(List.of(), consoleErrors(), "errors in the browser console");
    }

    @Test
    void homePageLeadsToATopic() throws IOException {
        open("");
        assertEquals(width(), ((Number) browser.executeScript("return window.innerWidth")).intValue(), "viewport width");
        assertEquals("UK–Kazakhstan: Trade, Rights and Security", browser.findElement(By.tagName("h1")).getText());
        assertNoSideways();
        screenshot("home");
        click(browser.findElement(By.cssSelector(".home-side a[href$='topics/human-rights/']")));
        assertEquals(base + "topics/human-rights/", browser.getCurrentUrl());
        assertEquals("Human rights", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.cssSelector("main a[href$='" + LIVE + "']")).size() > 0,
                "the topic page links the live blog");
    }

    @Test
    void liveBlogJumpsToAnUpdate() throws IOException {
        open("");
        click(browser.findElement(By.cssSelector(".latest a[href$='" + LIVE + "']")));
        assertEquals(base + LIVE, browser.getCurrentUrl());
        assertNoSideways();
        screenshot("live-blog");
        String vote = "kazakh-president-i-would-vote-for-cameron";
        click(browser.findElement(By.cssSelector("a[href='#" + vote + "']")));
        assertTargetInView(vote);
        // A link from elsewhere lands on the update too.
        open(LIVE + "#" + POTTER);
        assertTargetInView(POTTER);
    }

    @Test
    void timelineLeadsToAnUpdate() {
        open("");
        click(browser.findElement(By.cssSelector(".site-nav a[href$='timeline/']")));
        assertEquals(base + "timeline/", browser.getCurrentUrl());
        assertNoSideways();
        click(browser.findElement(By.cssSelector("ol.timeline a[href$='#" + POTTER + "']")));
        assertEquals(base + LIVE + "#" + POTTER, browser.getCurrentUrl());
        assertTargetInView(POTTER);
    }

    @Test
    void searchReachesTheHarryPotterUpdate() throws IOException {
        open("");
        click(browser.findElement(By.cssSelector(".site-nav a[href$='search/']")));
        WebElement input = searchFor("Harry Potter");
        assertEquals(input, browser.switchTo().activeElement(), "focus stays in the search box");
        screenshot("search");
        List<WebElement> links = resultLinks();
        assertEquals(base + LIVE + "#" + POTTER, links.get(0).getAttribute("href"));
        assertEquals("Cameron 'would like to be Harry Potter'", links.get(0).getText());
        assertTrue(browser.getCurrentUrl().endsWith("search/?q=Harry+Potter"), "the address holds the search");
        click(links.get(0));
        assertEquals(base + LIVE + "#" + POTTER, browser.getCurrentUrl());
        assertTargetInView(POTTER);
    }

    @Test
    void aLinkedSearchFindsAlmatyInTheMoscowTimesArticle() {
        open("search/?q=Almaty");
        waitForStatus();
        assertEquals("Almaty", browser.findElement(By.id("q")).getAttribute("value"));
        assertTrue(hrefs().contains(base + MOSCOW_TIMES), () -> "results: " + hrefs());
        assertTrue(status().matches("\\d+ results? for “Almaty”\\."), status());
        assertNoSideways();
    }

    @Test
    void aTypographicApostropheFindsWhatAStraightOneFinds() {
        // Phones type ’ for ' by default; the seed's texts have both.
        open("search/?q=" + java.net.URLEncoder.encode("don't", java.nio.charset.StandardCharsets.UTF_8));
        waitForStatus();
        List<String> straight = hrefs();
        assertFalse(straight.isEmpty(), status());
        open("search/?q=" + java.net.URLEncoder.encode("don’t", java.nio.charset.StandardCharsets.UTF_8));
        waitForStatus();
        assertEquals(straight, hrefs(), status());
    }

    @Test
    void aSearchInCyrillicFindsTheWord() {
        open("search/?q=" + java.net.URLEncoder.encode("алматы", java.nio.charset.StandardCharsets.UTF_8));
        waitForStatus();
        assertEquals(List.of(base + LETTER), hrefs(), status());
        open("search/?q=" + java.net.URLEncoder.encode("Алма", java.nio.charset.StandardCharsets.UTF_8));
        waitForStatus();
        assertEquals(List.of(base + LETTER), hrefs(), "a prefix of the word, as it is being typed: " + status());
    }

    @Test
    void typingWithTheKeyboardShowsResultsAsYouType() {
        open("search/");
        WebElement input = browser.findElement(By.id("q"));
        input.click();
        input.sendKeys("Voldem");
        waitUntil(d -> status().contains("“Voldem”"));
        assertTrue(hrefs().contains(base + LIVE + "#" + POTTER), () -> "a prefix finds the word: " + hrefs());
        input.sendKeys(Keys.ENTER);
        assertEquals(input, browser.switchTo().activeElement(), "Enter keeps focus in the search box");
    }

    @Test
    void aNonsenseQueryShowsNoResults() {
        open("search/");
        searchFor("qzxvwkj");
        assertEquals("No results for “qzxvwkj”.", status());
        assertEquals(0, resultLinks().size());
    }

    @Test
    void theTopicFilterNarrowsTheResults() {
        open("search/");
        searchFor("Kazakhstan");
        List<String> all = hrefs();
        new Select(browser.findElement(By.id("topic"))).selectByVisibleText("Human rights");
        waitUntil(d -> status().contains("in Human rights"));
        List<String> humanRights = hrefs();
        assertTrue(!humanRights.isEmpty() && humanRights.size() < all.size() && all.containsAll(humanRights),
                () -> "all: " + all + "\nhuman rights: " + humanRights);
        assertTrue(humanRights.contains(base + LIVE + "#kazakhstan-leader-riled-by-human-rights-question"), humanRights::toString);
        assertTrue(browser.getCurrentUrl().endsWith("search/?q=Kazakhstan&topic=human-rights"), browser.getCurrentUrl());
        // The filter is part of the link: opening it again gives the same results.
        open("search/?q=Kazakhstan&topic=human-rights");
        waitForStatus();
        assertEquals(humanRights, hrefs());
    }

    @Test
    void aSearchIndexThatFailsToLoadIsReportedWithoutAScriptError() {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/search/index.json")));
        try {
            open("search/?q=Almaty");
            waitUntil(d -> status().contains("could not be loaded"));
            assertEquals(0, resultLinks().size());
            List<String> errors = consoleErrors();
            assertTrue(errors.stream().allMatch(e -> e.contains("index.json") && e.contains("Failed to load resource")),
                    () -> "only the blocked request fails: " + errors);
        } finally {
            browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.executeCdpCommand("Network.disable", Map.of());
        }
    }

    @Test
    void everyPageButSearchWorksWithoutJavaScript() {
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html") && !file.equals("search/index.html")) {
                for (Element script : site.html(file).select("script")) {
                    // A live blog's page loads one script, which only adds the notice of new updates.
                    boolean liveNotice = file.equals(LIVE + "index.html") && script.attr("src").contains("assets/live.");
                    assertTrue(liveNotice || script.attr("type").equals("application/ld+json"), file + " runs a script");
                }
            }
        }
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("");
            click(browser.findElement(By.cssSelector(".home-side a[href$='topics/trade/']")));
            click(browser.findElement(By.cssSelector("main a[href$='" + MOSCOW_TIMES + "']")));
            assertEquals("Almaty: Business Is Best Defense", browser.findElement(By.tagName("h1")).getText());
            open(LIVE + "#" + POTTER);
            assertTargetInView(POTTER);
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void pagesHaveNoSeriousAccessibilityViolations() {
        List<Axe.Violation> all = new ArrayList<>();
        for (String page : List.of("", LIVE, MOSCOW_TIMES, EVERYTHING, "timeline/", "topics/", "topics/trade/",
                "search/?q=Kazakhstan")) {
            open(page);
            if (page.startsWith("search/")) {
                waitForStatus();
                assertTrue(resultLinks().size() > 1, "the search page is checked with results");
            }
            assertNoSideways();
            all.addAll(Axe.run(browser, width() + "px /" + page));
        }
        all.forEach(v -> System.out.println("axe: " + v));
        assertEquals(List.of(), all.stream().filter(Axe.Violation::serious).map(Axe.Violation::toString).toList(),
                "serious or critical WCAG 2.1 AA violations");
        browser.executeScript("document.querySelector('main').appendChild(document.createElement('img')).src = 'data:,'");
        assertTrue(Axe.run(browser, "broken").stream().anyMatch(v -> v.id().equals("image-alt") && v.serious()),
                "axe must report an image without alt text, or this test proves nothing");
    }

    @Test
    void pagesInTheDarkSchemeHaveNoSeriousAccessibilityViolations() {
        // The theme follows the reader's system setting (prefers-color-scheme), with colours of its own.
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            List<Axe.Violation> all = new ArrayList<>();
            for (String page : List.of("", LIVE, EVERYTHING, "timeline/", "topics/trade/", "search/?q=Kazakhstan")) {
                open(page);
                if (page.startsWith("search/")) {
                    waitForStatus();
                }
                // The emulated scheme reaches a freshly loaded page's styles a moment after it loads, now and then.
                waitUntil(b -> "rgb(18, 20, 23)".equals(browser.executeScript("return getComputedStyle(document.body).backgroundColor")));
                all.addAll(Axe.run(browser, width() + "px dark /" + page));
            }
            assertEquals(List.of(), all.stream().filter(Axe.Violation::serious).map(Axe.Violation::toString).toList(),
                    "serious or critical WCAG 2.1 AA violations in the dark scheme");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void aPrintedPageIsDarkOnWhiteInTheDarkSchemeToo() {
        // Printing from a device in dark mode: the screen's light-on-dark colours would go onto white paper.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            open(LIVE);
            waitUntil(b -> "rgb(255, 255, 255)".equals(browser.executeScript("return getComputedStyle(document.body).backgroundColor")));
            for (String selector : List.of(".site-title a", "h1", ".update-time", ".kicker .badge", "article.update h3", ".meta")) {
                WebElement e = browser.findElement(By.cssSelector(selector));
                String colour = e.getCssValue("color");
                assertTrue(contrastOnWhite(colour) >= 4.5, () -> selector + " is " + colour + " on white paper");
            }
            assertEquals("rgba(0, 0, 0, 0)", browser.findElement(By.cssSelector(".kicker .badge")).getCssValue("background-color"),
                    "no background to leave off the paper");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        }
    }

    /** WCAG's contrast ratio of an {@code rgb(r, g, b)} or {@code rgba(...)} colour against white. */
    private static double contrastOnWhite(String colour) {
        String[] parts = colour.replaceAll("[^0-9.,]", "").split(",");
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            luminance += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (luminance + 0.05);
    }

    // ---------------------------------------------------------------- helpers

    /** Waits, checking often: the default half-second poll would be most of this suite's time. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, WAIT, Duration.ofMillis(25)).until(condition);
    }

    void open(String path) {
        browser.get(base + path);
    }

    /** Clicks as a reader does: the element is scrolled into view first, then clicked. */
    void click(WebElement e) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    WebElement searchFor(String query) {
        WebElement input = browser.findElement(By.id("q"));
        click(input);
        input.sendKeys(query);
        // The page searches while the reader types: wait for the outcome of the whole query.
        waitUntil(d -> status().contains("“" + query + "”"));
        return input;
    }

    /** Waits until the search has loaded its index and shown an outcome for the current query. */
    void waitForStatus() {
        waitUntil(d -> {
            String s = status();
            return s.startsWith("No results") || s.matches("\\d+ results?.*") || s.contains("not available");
        });
    }

    String status() {
        return browser.findElement(By.id("search-status")).getText();
    }

    List<WebElement> resultLinks() {
        return browser.findElements(By.cssSelector("#search-results > li > a"));
    }

    List<String> hrefs() {
        return resultLinks().stream().map(a -> a.getAttribute("href")).toList();
    }

    void assertTargetInView(String id) {
        waitUntil(d -> id.equals(d.getCurrentUrl().substring(d.getCurrentUrl().indexOf('#') + 1)));
        Object target = browser.executeScript("var t = document.querySelector(':target'); return t && t.id");
        assertEquals(id, target, ":target");
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.executeScript(
                "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + "return {top: r.top, bottom: r.bottom, height: window.innerHeight};", id);
        double top = box.get("top").doubleValue();
        assertTrue(top >= -1 && top < box.get("height").doubleValue() / 2,
                () -> "#" + id + " starts in the upper half of the viewport: " + box);
    }

    /** The innermost elements whose content or box reaches past the viewport's right edge, for the message. */
    private static final String WIDER_THAN_THE_SCREEN = """
            var width = arguments[0];
            var wide = Array.from(document.querySelectorAll('body *')).filter(function (e) {
              var r = e.getBoundingClientRect();
              return r.right > width + 1 || r.left + e.scrollWidth > width + 1;
            });
            return wide.filter(function (e) { return !wide.some(function (o) { return o !== e && e.contains(o); }); })
              .slice(0, 5).map(function (e) { return e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                + ' "' + e.textContent.trim().slice(0, 40) + '"'; }).join(', ');
            """;

    /** Nothing wider than the viewport: no sideways scrolling on a phone. */
    void assertNoSideways() {
        // Read until it settles: now and then the first read, right after the page loads, comes before
        // the style sheet's line breaking has been applied to a long word. A page that is too wide stays so.
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        Number scroll;
        do {
            scroll = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        } while (scroll.intValue() > width() && System.nanoTime() < until);
        Number wide = scroll;
        assertTrue(wide.intValue() <= width(), () -> "page " + browser.getCurrentUrl() + " is " + wide + "px wide in a "
                + width() + "px viewport; too wide: " + browser.executeScript(WIDER_THAN_THE_SCREEN, width()));
    }

    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    /** The whole page, not only the viewport, as a PNG under target/screenshots/. */
    void screenshot(String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width(),
                        "height", Math.min(size.get("height").doubleValue(), 8000), "scale", 1)));
        Path file = Path.of("target", "screenshots", name + "-" + width() + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }
}
