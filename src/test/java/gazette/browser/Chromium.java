package gazette.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Headless Chromium from the system's packages (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Both paths are given, so Selenium
 * Manager never runs and nothing is downloaded. A machine without them fails the browser tests
 * rather than skipping them: a skipped accessibility test looks like a passing one.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Selenium looks for a DevTools binding matching the browser's version and warns when it has
     * none; the tests only use WebDriver and the driver's own CDP command, so the warning is noise.
     * The loggers are held here so the settings are not lost with them.
     */
    private static final List<Logger> QUIET = Stream.of("org.openqa.selenium.devtools", "org.openqa.selenium.chromium")
            .map(Logger::getLogger).peek(l -> l.setLevel(Level.SEVERE)).toList();

    private Chromium() {
    }

    /** Quits the browser and stops the server, either of which may not have started. */
    static void stop(ChromeDriver browser, SubPathServer server) {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A fresh headless browser with its own profile in {@code profile}, its viewport {@code width} CSS pixels wide. */
    static ChromeDriver start(Path profile, int width, int height) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            fail("the browser tests need " + BROWSER + " and " + DRIVER
                    + ": install them with `apt-get install -y chromium chromium-driver` (.ci/run does)");
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--hide-scrollbars", "--force-device-scale-factor=1");
        // The browser's console, so tests can assert that pages raise no JavaScript errors.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30)).pageLoadTimeout(Duration.ofSeconds(30));
        // A window may not shrink to a phone's width; the device metrics override sets the viewport exactly.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        return driver;
    }
}
