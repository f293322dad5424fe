package gazette.browser;

import gazette.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: one article with a narrow table and a table of seven columns ({@code articles/everything.md}),
 * served under a sub-path. Feature tested, in headless Chromium on a 375-pixel phone without
 * JavaScript: the wide table scrolls in its own box, which is a region named "Table 2" that a
 * keyboard can focus and scroll, and a shade at the edge with more table beyond it shows that it
 * goes on: at the right edge before scrolling, at the left once scrolled to the end; a table that
 * fits has none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WideTableTest {
    private SubPathServer server;
    private ChromeDriver browser;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir.resolve("site"), """
                -- gazette.yml --
                title: Tables
                baseUrl: https://example.github.io/tables/
                topics:
                  - {id: world, title: World}
                """).write("seeds/2013-07-03-everything.md", TestSite.resource("articles/everything.md")).build();
        server = new SubPathServer(site.output(), "/tables/");
        browser = Chromium.start(dir.resolve("profile"), 375, 812);
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    }

    @AfterAll
    void stop() {
        Chromium.stop(browser, server);
    }

    @Test
    void aWideTableScrollsInANamedBoxAndShadesTheEdgeItGoesOnBeyond() throws IOException {
        browser.get(server.base() + "articles/everything/");
        List<WebElement> boxes = browser.findElements(By.cssSelector(".table-wrap"));
        WebElement narrow = boxes.get(0);
        WebElement wide = boxes.get(1);
        assertEquals(List.of("Table 1", "Table 2"), boxes.stream().map(b -> b.getAttribute("aria-label")).toList());
        assertEquals("region", wide.getAttribute("role"));
        assertTrue(number(wide, "scrollWidth") > number(wide, "clientWidth") + 100, "the wide table is wider than its box");

        Edges fits = edges(narrow);
        assertTrue(Math.abs(fits.left() - fits.right()) < 3 && fits.right() > 200, () -> "no shade on a table that fits: " + fits);
        Edges start = edges(wide);
        assertTrue(start.right() < start.left() - 15, () -> "a shade at the right edge, none at the left: " + start);

        assertEquals("0", wide.getAttribute("tabindex"), "in the order the Tab key goes through");
        browser.executeScript("arguments[0].focus()", wide);
        assertEquals(wide, browser.switchTo().activeElement(), "the box takes the focus");
        wide.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        // The browser scrolls smoothly: the box moves over a few frames.
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> number(wide, "scrollLeft") > 0);
        browser.executeScript("arguments[0].scrollTo({left: arguments[0].scrollWidth, behavior: 'instant'})", wide);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> number(wide, "scrollLeft") + number(wide, "clientWidth") >= number(wide, "scrollWidth") - 1);
        Edges end = edges(wide);
        assertTrue(end.left() < end.right() - 15, () -> "at the end, the shade is at the left edge: " + end);
    }

    private long number(WebElement e, String property) {
        return ((Number) browser.executeScript("return arguments[0]." + property, e)).longValue();
    }

    /** The mean brightness (0–255) of a strip two pixels wide just inside each side edge, over the middle third of its height. */
    private record Edges(double left, double right) {
    }

    private Edges edges(WebElement box) throws IOException {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        @SuppressWarnings("unchecked")
        Map<String, Number> r = (Map<String, Number>) browser.executeScript(
                "var r = arguments[0].getBoundingClientRect(); return {l: r.left, r: r.right, t: r.top, b: r.bottom};", box);
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(browser.getScreenshotAs(OutputType.BYTES)));
        int top = (int) Math.ceil(r.get("t").doubleValue());
        int height = (int) r.get("b").doubleValue() - top;
        int from = top + height / 3;
        int to = top + 2 * height / 3;
        return new Edges(brightness(shot, (int) Math.ceil(r.get("l").doubleValue()) + 1, from, to),
                brightness(shot, (int) r.get("r").doubleValue() - 3, from, to));
    }

    private static double brightness(BufferedImage image, int x, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int y = from; y < to; y++) {
            for (int dx = 0; dx < 2; dx++) {
                int rgb = image.getRGB(x + dx, y);
                sum += 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
                n++;
            }
        }
        return sum / n;
    }
}
