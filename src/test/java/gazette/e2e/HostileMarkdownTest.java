package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: one article made of constructs that once ran a build out of stack or took time growing with
 * the square of their length (CommonMark's pathological cases and kin), each a few thousand long.
 * Feature tested: the article builds and reads as CommonMark says, with nothing reported.
 */
class HostileMarkdownTest {
    @TempDir
    Path dir;

    @Test
    void pathologicalMarkdownBuildsAndRenders() {
        StringBuilder runs = new StringBuilder();
        for (int run = 1; run <= 500; run++) {
            runs.append("`".repeat(run)).append(' ');
        }
        String title = "t ".repeat(5_000).trim();
        String body = String.join("\n\n",
                "[quoted](https://e.org/q \"" + title + "\") [parenthesized](https://e.org/p (" + title + "))",
                "<" + "a".repeat(5_000) + ":b",
                "[ (](".repeat(5_000),
                "*[a](https://e.org/u)* ".repeat(2_000),
                "[a](<b".repeat(5_000),
                runs.toString(),
                "**".repeat(5_000) + "deep" + "**".repeat(5_000));
        TestSite site = TestSite.of(dir, """
                -- gazette.yml --
                title: Test
                baseUrl: https://example.org/
                topics:
                  - {id: trade, title: Trade}
                """).write("seeds/2013-07-01-hostile.md", "---\ntitle: Hostile\ndate: 2013-07-01\n---\n" + body + "\n");
        TestSite.Run run = site.run("build");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());

        Document page = site.html("articles/hostile/index.html");
        assertEquals(title, page.selectFirst("a[href='https://e.org/q']").attr("title"));
        assertEquals(title, page.selectFirst("a[href='https://e.org/p']").attr("title"));
        assertEquals(2_000, page.select("em > a[href='https://e.org/u']").size(), "every emphasized link");
        assertTrue(page.text().contains("[a](<b[a](<b"), "unclosed link targets stay text");
        assertTrue(page.text().contains("[ (]([ (]("), "brackets with no link stay text");
        assertTrue(page.text().contains("<aaaa"), "a tag-like run stays text");
        assertTrue(page.selectFirst("article").text().contains("` `` ```"), "runs of backticks stay text");
        assertEquals(0, page.select("article code").size(), "no run of backticks is closed");
        assertEquals(5_000, page.select("article strong").size(), "emphasis 5,000 deep");
    }
}
