package gazette.e2e;

import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Site: one article with topics, and a {@code topic.ftlh} of the site's own written before labels,
 * calling the built-in {@code topicList} macro with its list's name as {@code label=}, and one
 * written after, with {@code name=}. Feature tested: both build, each list named as its template says
 * (themes override file by file, so a site's older template meets the newer built-in macros).
 */
class SiteTemplateCallsTest {
    @Test
    void topicListTakesItsNameAsLabelOrName(@TempDir Path dir) {
        TestSite site = TestSite.of(dir, """
                -- gazette.yml --
                title: Test
                baseUrl: https://example.org/
                topics:
                  - id: trade
                    title: Trade
                -- seeds/2013-07-01-one.md --
                ---
                title: One
                date: 2013-07-01
                topics: [trade]
                ---
                Text.
                -- templates/article.ftlh --
                <#import "macros.ftlh" as m>
                <!DOCTYPE html>
                <html lang="en"><head><title>${article.title}</title></head>
                <body><@m.topicList topics=article.topics label="Subjects"/><@m.topicList topics=article.topics name="Themes"/>
                <@m.topicList article.topics/></body></html>
                """);
        site.build();
        Document page = site.html("articles/one/index.html");
        assertEquals(List.of("Subjects", "Themes", "Topics"), page.select("ul.chips").eachAttr("aria-label"));
    }
}
