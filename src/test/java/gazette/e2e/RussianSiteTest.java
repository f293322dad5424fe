package gazette.e2e;

import gazette.config.Labels;
import gazette.testing.TestSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Site: {@code language: ru}, 22 articles in Russian spread over six topics so that they hold 1, 2,
 * 5, 11, 21 and 22 articles, and a live blog of 21 updates, one of them undated. Features tested:
 * every word of the interface a reader sees is Russian (pages, titles, descriptions, aria-labels,
 * feeds, the search page and the messages handed to its script), counted words take the form the
 * number takes (материал, материала, материалов; 11 is not 1, 21 is), and {@code labels:} in
 * gazette.yml replaces single labels.
 */
class RussianSiteTest {
    static final int[] TOPIC_SIZES = {1, 2, 5, 11, 21, 22};

    /** The fixture: its gazette.yml ends with {@code extraConfig}. */
    static TestSite russianSite(Path dir, String extraConfig) {
        return site(dir, "ru", extraConfig);
    }

    /** The fixture's articles on a site in {@code language} (whose gazette.yml ends with {@code extraConfig}). */
    static TestSite site(Path dir, String language, String extraConfig) {
        StringBuilder config = new StringBuilder("""
                title: Газета
                description: Отношения Великобритании и Казахстана.
                language: %s
                baseUrl: https://example.github.io/gazeta/
                timezone: Asia/Almaty
                topics:
                """.formatted(language));
        for (int n : TOPIC_SIZES) {
            config.append("  - {id: t").append(n).append(", title: Тема ").append(n).append("}\n");
        }
        TestSite site = TestSite.of(dir, "-- gazette.yml --\n" + config + extraConfig);
        for (int i = 1; i <= 22; i++) {
            List<String> topics = new ArrayList<>();
            for (int n : TOPIC_SIZES) {
                if (i <= n) {
                    topics.add("t" + n);
                }
            }
            site.write("seeds/2013-06-%02d-statya-%d.md".formatted(i, i), """
                    ---
                    title: Статья номер %d
                    date: 2013-06-%02d
                    author: Иван Петров
                    source: Время
                    source_url: https://example.org/%d
                    topics: [%s]
                    tags: [визит]
                    people: [Нурсултан Назарбаев]
                    places: [Астана]
                    events:
                      - {date: 2013-06-%02d, title: Событие %d}
                    ---
                    Текст статьи номер %d о визите в Астану.
                    """.formatted(i, i, i, String.join(", ", topics), i, i, i));
        }
        StringBuilder blog = new StringBuilder("""
                ---
                title: Визит в прямом эфире
                date: 2013-06-30T09:00:00+06:00
                updated: 2013-06-30T20:00:00+06:00
                type: live
                topics: []
                ---
                Вступление к трансляции.

                """);
        for (int u = 21; u >= 1; u--) {
            blog.append("## Запись номер ").append(u).append("\n\n");
            if (u != 10) {
                blog.append("*").append(String.format("%02d:00", u - 1 + 9 > 23 ? 23 : 9 + (u - 1) / 2)).append("*\n\n");
            }
            blog.append("Текст записи ").append(u).append(".\n\n");
        }
        site.write("seeds/2013-06-30-vizit.md", blog.toString());
        return site;
    }

    @Test
    void everyWordOfARussianSiteIsRussian(@TempDir Path dir) {
        TestSite site = russianSite(dir, "").build();
        List<String> english = englishWords();
        for (String file : site.outputFiles()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Document page = site.html(file);
            assertEquals("ru", page.selectFirst("html").attr("lang"), file);
            StringBuilder seen = new StringBuilder(page.text());
            for (Element e : page.select("[aria-label], meta[name=description], meta[property~=og:(title|description)], link[title], [title]")) {
                seen.append(' ').append(e.attr("aria-label")).append(' ').append(e.attr("content")).append(' ').append(e.attr("title"));
            }
            for (String word : english) {
                java.util.regex.Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(seen);
                assertFalse(m.find(), () -> file + " still says '" + word + "': …"
                        + seen.substring(Math.max(0, m.start() - 60), Math.min(seen.length(), m.end() + 60)) + "…");
            }
        }
    }

    @Test
    void countsTakeTheFormTheNumberTakes(@TempDir Path dir) {
        TestSite site = russianSite(dir, "").build();
        Document topics = site.html("topics/index.html");
        Map<Integer, String> expected = Map.of(1, "1 материал", 2, "2 материала", 5, "5 материалов",
                11, "11 материалов", 21, "21 материал", 22, "22 материала");
        for (int n : TOPIC_SIZES) {
            String meta = topics.selectFirst("#topic-t" + n).parent().selectFirst("p.meta").text();
            assertTrue(meta.startsWith(expected.get(n) + ", 0 записей трансляции · Лента темы «Тема " + n + "»"), meta);
        }
        assertTrue(site.html("index.html").text().contains("21 материал, 0 записей"), "the home page's topic counts");
        assertEquals("22 материала", site.html(only(site, "tags/")).selectFirst("p.meta").text());
        Document blog = site.html("articles/vizit/index.html");
        assertEquals("Онлайн-трансляция 21 запись · Лента записей", blog.selectFirst("p.kicker").text());
        assertTrue(site.html("index.html").text().contains("· 21 запись"), "the live blog's card");
    }

    @Test
    void titlesDescriptionsAndFeedsAreRussian(@TempDir Path dir) {
        TestSite site = russianSite(dir, "").build();
        assertEquals("Темы — Газета", site.html("topics/index.html").title());
        assertEquals("Хроника — Газета", site.html("timeline/index.html").title());
        assertEquals("Поиск — Газета", site.html("search/index.html").title());
        assertEquals("Страница не найдена — Газета", site.html("404.html").title());
        assertEquals("Страница не найдена", site.html("404.html").selectFirst("h1").text());
        assertEquals("Материалы, в которых упоминается Нурсултан Назарбаев.",
                site.html("" + only(site, "people/") + "").selectFirst("meta[name=description]").attr("content"));
        assertEquals("Персоны", site.html("people/index.html").selectFirst("h1").text());
        assertEquals("Перейти к содержанию", site.html("index.html").selectFirst("a.skip-link").text());
        assertEquals("Разделы", site.html("index.html").selectFirst("nav.site-nav").attr("aria-label"));
        Document article = site.html("articles/statya-3/index.html");
        assertTrue(article.selectFirst("p.meta").text().startsWith("Автор: Иван Петров · Время · Опубликовано 3 июня 2013 г."),
                article.selectFirst("p.meta").text());
        assertEquals("Читать оригинал: Время", article.selectFirst("footer.article-footer a[href^=https]").text());
        Document timeline = site.html("timeline/index.html");
        assertTrue(Pattern.compile("Время не указано \\(между 30 июня 2013 г\\.[^)]* и 30 июня 2013 г\\.[^)]*\\)")
                .matcher(timeline.text()).find(), timeline.text());
        assertTrue(timeline.text().contains("Запись трансляции Запись номер 10 в материале «Визит в прямом эфире»"));
        assertEquals("Тема 5 — Газета", site.xml("topics/t5/feed.xml").selectFirst("feed > title").text());
        assertEquals("Визит в прямом эфире — Газета", site.xml("articles/vizit/feed.xml").selectFirst("feed > title").text());
        Document search = site.html("search/index.html");
        assertEquals("Искать в материалах и записях трансляций", search.selectFirst("label[for=q]").text());
        Element labels = search.getElementById("gazette-labels");
        assertNotNull(labels, "the search page hands its script the Russian messages");
        assertTrue(labels.data().contains("\"search.found\":{\"one\":\"{count} результат по запросу {query}.\","
                + "\"few\":\"{count} результата по запросу {query}.\",\"many\":\"{count} результатов по запросу {query}.\""),
                labels.data());
        assertNotNull(site.html("articles/vizit/index.html").getElementById("gazette-labels"), "and so does a live blog");
    }

    @Test
    void labelsInTheConfigReplaceSingleLabels(@TempDir Path dir) {
        TestSite site = russianSite(dir, """
                labels:
                  nav.timeline: Летопись
                  count.articles.many: "{count} статей"
                """).build();
        for (String file : List.of("index.html", "search/index.html", "articles/statya-1/index.html")) {
            assertEquals("Летопись", site.html(file).selectFirst("nav.site-nav a[href$=timeline/]").text(), file);
        }
        String topics = site.html("topics/index.html").text();
        assertTrue(topics.contains("5 статей") && topics.contains("11 статей") && topics.contains("2 материала"), topics);
        assertEquals("Хроника — Газета", site.html("timeline/index.html").title(), "a page's own title is another label");
    }

    /** The one term page under a taxonomy's folder, whatever its name. */
    private static String only(TestSite site, String folder) {
        List<String> pages = site.outputFiles().stream().filter(f -> f.startsWith(folder) && !f.equals(folder + "index.html")).toList();
        assertEquals(1, pages.size(), pages.toString());
        return pages.get(0);
    }

    /** The English labels a Russian page must not show: every one without placeholders, and the words around them. */
    private static List<String> englishWords() {
        Labels english = Labels.english();
        List<String> words = new ArrayList<>();
        for (String key : Labels.keys()) {
            if (Labels.isText(key) && !english.text(key).contains("{")) {
                words.add(english.text(key));
            }
        }
        words.addAll(List.of("Published", "Updated", "By", "Read the original", "Subscribe to", "Feed for", "newest first",
                "article", "articles", "update", "updates", "between", "Coverage", "named in the coverage"));
        return words;
    }
}
