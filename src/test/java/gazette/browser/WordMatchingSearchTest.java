package gazette.browser;

import gazette.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
 * Site: six short articles whose words a reader types otherwise than they are written: with or
 * without a possessive, without the letters of Polish, Danish, German, Turkish or Icelandic, or as
 * a word inside a Japanese, Chinese or Korean sentence, which has no spaces between its words.
 * Served under a sub-path. Feature tested, in headless Chromium: search.js finds each article by
 * the word as a reader types it on an English keyboard or a phone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordMatchingSearchTest {
    private static final String BARE = "articles/voldemort-seen/";
    private static final String POSSESSIVE = "articles/followers-gather/";
    private static final String LODZ = "articles/trade-fair/";
    private static final String NORTH = "articles/northern-letters/";
    private static final String JAPAN = "articles/heat-wave/";
    private static final String KOREA = "articles/seoul-heat/";

    private SubPathServer server;
    private ChromeDriver browser;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.of(dir.resolve("site"), """
                -- gazette.yml --
                title: Words
                baseUrl: https://example.github.io/words/
                topics:
                  - {id: world, title: World}
                -- seeds/2020-05-01-voldemort-seen.md --
                ---
                title: A sighting in the north
                date: 2020-05-01
                ---
                Witnesses say Voldemort was seen near the border.
                -- seeds/2020-05-02-followers-gather.md --
                ---
                title: Followers gather
                date: 2020-05-02
                ---
                Voldemort’s followers gathered in the square; the ministers' statement came late.
                -- seeds/2020-05-03-trade-fair.md --
                ---
                title: A trade fair opens
                date: 2020-05-03
                ---
                The fair opened in Łódź on Monday, a week after one in Zürich.
                -- seeds/2020-05-04-northern-letters.md --
                ---
                title: Northern letters
                date: 2020-05-04
                ---
                Søren met Đoković on the Straße to Kadıköy, past Þingvellir, with Æsa, Œdipe and Eiður.
                -- seeds/2020-05-05-heat-wave.md --
                ---
                title: 日本の天気
                date: 2020-05-05
                ---
                日本でも猛暑が続いています。北京今天下大雨。
                -- seeds/2020-05-06-seoul-heat.md --
                ---
                title: 서울 날씨
                date: 2020-05-06
                ---
                서울에서 폭염이 계속되고 있다.
                """).build();
        server = new SubPathServer(site.output(), "/words/");
        browser = Chromium.start(dir.resolve("profile"), 1280, 800);
    }

    @AfterAll
    void stop() {
        Chromium.stop(browser, server);
    }

    @AfterEach
    void nothingMissing() {
        assertEquals(List.of(), server.takeMissing());
    }

    @Test
    void aPossessiveFindsWhatTheBareWordFinds() {
        List<String> both = List.of(server.base() + POSSESSIVE, server.base() + BARE);
        assertEquals(both, sorted(found("Voldemort")));
        assertEquals(List.of(server.base() + POSSESSIVE), found("Voldemort followers"),
                "the whole word, not only a prefix of it (as the last word typed is), finds the possessive in the text");
        assertEquals(both, sorted(found("Voldemort's")), "a straight apostrophe");
        assertEquals(both, sorted(found("Voldemort’s")), "a phone's curly one");
        assertEquals(List.of(server.base() + POSSESSIVE), found("minister"), "a plural's possessive");
    }

    @Test
    void lettersWithoutADecompositionFoldToPlainOnes() {
        assertEquals(List.of(server.base() + LODZ), found("lodz"));
        assertEquals(List.of(server.base() + LODZ), found("Łódź"), "as written");
        assertEquals(List.of(server.base() + LODZ), found("zurich"));
        for (String word : List.of("soren", "dokovic", "strasse", "kadikoy", "thingvellir", "aesa", "oedipe",
                "eidur")) {
            assertEquals(List.of(server.base() + NORTH), found(word), word);
        }
        assertEquals(List.of(server.base() + NORTH), found("Strasse ŒDIPE"), "the query folds too");
    }

    @Test
    void aWordInsideACjkSentenceIsFound() {
        assertEquals(List.of(server.base() + JAPAN), found("猛暑"), "Japanese");
        assertEquals(List.of(server.base() + JAPAN), found("猛暑が続"), "a longer run");
        assertEquals(List.of(server.base() + JAPAN), found("大雨"), "Chinese");
        assertEquals(List.of(server.base() + JAPAN), found("日本 大雨"), "two words");
        assertEquals(List.of(server.base() + KOREA), found("폭염"), "Korean, a word with its particle");
        assertEquals(List.of(server.base() + JAPAN), found("猛"), "one character, as it is being typed");
        assertEquals(List.of(), found("猛犬"), "both characters, side by side");
    }

    private static List<String> sorted(List<String> hrefs) {
        return hrefs.stream().sorted().toList();
    }

    /** The result links for {@code query}, once the page shows its outcome. */
    private List<String> found(String query) {
        browser.get(server.base() + "search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(25)).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return s.contains("\u201c" + query + "\u201d") && (s.startsWith("No results") || s.matches("\\d+ results?.*"));
        });
        return browser.findElements(By.cssSelector("#search-results > li > a")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }
}
