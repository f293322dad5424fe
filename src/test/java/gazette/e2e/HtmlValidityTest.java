package gazette.e2e;

import gazette.testing.TestSite;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: the seed site with the default theme. Features tested: every HTML page passes the Nu HTML
 * Checker (the engine behind validator.w3.org/nu) with no errors and no warnings.
 */
class HtmlValidityTest {
    @Test
    void everyPagePassesTheNuHtmlChecker(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.seedCopy(dir).build("--base-url", "https://example.github.io/uk-kazakhstan/");
        EmbeddedValidator validator = validator();
        String broken = "<!DOCTYPE html><html lang=en><title>x</title><p><div></span>";
        assertFalse(validator.validate(new java.io.ByteArrayInputStream(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isBlank(), "the checker must report a broken page, or this test proves nothing");
        assertEquals(List.of(), messages(validator, site));
    }

    @Test
    void pagesLinkingToNamesInOtherScriptsPassTheNuHtmlCheckerToo(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.seedCopy(dir).write("seeds/2013-07-02-北京访问.md", NamesInAnyScriptTest.ARTICLE)
                .build("--base-url", "https://example.github.io/uk-kazakhstan/");
        EmbeddedValidator validator = validator();
        assertEquals(List.of(), messages(validator, site));
    }

    @Test
    void linksToNoAddressAtAllKeepTheirTextAndLeaveThePageValid(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.seedCopy(dir).write("seeds/2013-07-02-links.md", """
                ---
                title: Links
                date: 2013-07-02
                ---
                [back](\\\\evil.org\\a) [scheme](https:javascript:alert(1)) [empty](http://) [port](https://:80/x)
                ![pic](http:///p.png) and [fine](https://example.org/a\\_b) [query](https://example.org/s?path=C:\\\\dir)
                """);
        TestSite.Run run = site.run("build", "--base-url", "https://example.github.io/uk-kazakhstan/");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("seeds/2013-07-02-links.md:5:1: warning: link to '\\evil.org\\a' is not made: it holds a"
                + " backslash, which browsers read as a slash"), run.err());
        assertTrue(run.err().contains("seeds/2013-07-02-links.md:5:22: warning: link to 'https:javascript:alert(1)' is not made:"
                + " https: must be followed by // and a host"), run.err());
        assertTrue(run.err().contains("link to 'http://' is not made: it names no host"), run.err());
        var body = site.html("articles/links/index.html").selectFirst(".article-body");
        assertEquals(List.of("https://example.org/a_b", "https://example.org/s?path=C:%5Cdir"), body.select("a").eachAttr("href"),
                "only the addresses that are ones are linked: in a query a backslash is a character like another, escaped");
        assertTrue(body.text().contains("back scheme empty port"), body.text());
        assertEquals(List.of(), messages(validator(), site));
    }

    @Test
    void aLiveBlogWithLinksAndNotesInItsUpdateHeadingsPassesToo(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.seedCopy(dir).write("seeds/2013-07-02-reaction.md", """
                ---
                title: Reaction
                date: 2013-07-02
                type: live
                ---
                Reaction to the visit.

                ## [Watch](https://www.itv.com/news) Cameron at <https://example.org>[^1] ![Flag](flag.png)

                *10:00*

                A linked headline.

                ## Caf&#233; talks `on` trade {#cafe}

                Text &#1; with a reference to a control character.

                [^1]: ITV News.
                """).build("--base-url", "https://example.github.io/uk-kazakhstan/");
        EmbeddedValidator validator = validator();
        assertEquals(List.of(), messages(validator, site));
    }

    @Test
    void anArticleUsingEveryMarkdownFeaturePassesToo(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.seedCopy(dir).write("seeds/2013-07-03-everything.md", TestSite.resource("articles/everything.md"))
                .build("--base-url", "https://example.github.io/uk-kazakhstan/");
        EmbeddedValidator validator = validator();
        assertEquals(List.of(), messages(validator, site));
    }

    /** A Russian site (RussianSiteTest's): its pages hand the scripts their words in a JSON block, which must be valid HTML too. */
    @Test
    void aRussianSitePassesToo(@TempDir Path dir) throws Exception {
        TestSite site = RussianSiteTest.russianSite(dir, "").build();
        assertFalse(site.html("search/index.html").select("script#gazette-labels").isEmpty());
        assertEquals(List.of(), messages(validator(), site));
    }

    private static EmbeddedValidator validator() {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        return validator;
    }

    private static List<String> messages(EmbeddedValidator validator, TestSite site) throws Exception {
        List<String> messages = new ArrayList<>();
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html")) {
                String out = validator.validate(site.output().resolve(file));
                out.lines().filter(l -> !l.isBlank()).forEach(l -> messages.add(file + ": " + l));
            }
        }
        return messages;
    }
}
