package gazette.e2e;

import gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sites: the seed site served at the domain root, and a site with a custom domain. Features tested: links at /, CNAME. */
class HostingTest {
    @Test
    void everyInternalLinkWorksAtTheRoot(@TempDir Path dir) {
        TestSite site = TestSite.seedCopy(dir).build("--base-url", "https://news.example.org/");
        assertEquals(List.of(), SiteCrawler.brokenLinks(site, "https://news.example.org/"));
        assertTrue(site.html("404.html").select("a").eachAttr("href").contains("/timeline/"));
    }

    @Test
    void baseUrlWithoutTrailingSlashIsAccepted(@TempDir Path dir) {
        // GitHub's configure-pages action reports the URL without the final slash.
        TestSite site = TestSite.seedCopy(dir).build("--base-url", "https://example.github.io/uk-kazakhstan");
        assertTrue(site.text("sitemap.xml").contains("<loc>https://example.github.io/uk-kazakhstan/timeline/</loc>"));
        assertEquals(List.of(), SiteCrawler.brokenLinks(site, "https://example.github.io/uk-kazakhstan/"));
    }

    @Test
    void aSiteWithNoBaseUrlIsBuiltForLocalhostWithAWarning(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, """
                -- gazette.yml --
                title: Test
                -- seeds/2013-07-01-a.md --
                ---
                {title: A, date: 2013-07-01}
                ---
                Text.
                """);
        TestSite.Run run = site.run("build");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("gazette.yml:1:1: warning: baseUrl is http://localhost:8080/ (the default when none is set)"),
                run.err());
        assertTrue(site.text("sitemap.xml").contains("<loc>http://localhost:8080/</loc>"));
        TestSite.Run given = site.run("build", "--base-url", "https://news.example.org/");
        assertFalse(given.err().contains("baseUrl"), given.err());
    }

    @Test
    void customDomainWritesCname(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, """
                -- gazette.yml --
                title: Test
                baseUrl: https://news.example.org/
                cname: news.example.org
                -- seeds/2013-07-01-a.md --
                ---
                {title: A, date: 2013-07-01}
                ---
                Text.
                """).build();
        assertEquals("news.example.org\n", site.text("CNAME"));
    }

    @Test
    void aCustomDomainInAnotherScriptIsWrittenAsDnsHoldsItAndAnotherHostThanBaseUrlIsWarnedAbout(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, """
                -- gazette.yml --
                title: Test
                baseUrl: https://example.github.io/news/
                cname: новости.рф
                -- seeds/2013-07-01-a.md --
                ---
                {title: A, date: 2013-07-01}
                ---
                Text.
                """);
        TestSite.Run run = site.run("build");
        assertEquals(0, run.code(), run.err());
        assertEquals("xn--b1amnebsh.xn--p1ai\n", site.text("CNAME"));
        assertTrue(run.err().contains("gazette.yml:3:8: warning: cname новости.рф is not the host of baseUrl"
                + " https://example.github.io/news/: set baseUrl to https://xn--b1amnebsh.xn--p1ai/ as well"), run.err());
    }
}
