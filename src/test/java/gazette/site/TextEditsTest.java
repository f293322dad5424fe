package gazette.site;

import gazette.config.BaseUrl;
import gazette.config.SiteConfig;
import gazette.config.Topic;
import gazette.config.TopicId;
import gazette.content.Article;
import gazette.content.ArticleType;
import gazette.content.Html;
import gazette.content.Utf8Text;
import gazette.content.LiveUpdate;
import gazette.content.NamePositions;
import gazette.content.NewsDate;
import gazette.content.Position;
import gazette.content.Slug;
import gazette.diag.Problems;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which edits change only an article's text, and that the site with such an edit put in is the
 * site a fresh assembly of the edited articles gives.
 */
class TextEditsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final SiteConfig CONFIG = new SiteConfig("Test", "", "en-GB", new BaseUrl("https://example.org/"), ZONE,
            List.of(new Topic(new TopicId("trade"), "Trade", "", List.of()),
                    new Topic(new TopicId("security"), "Security", "", List.of())),
            Optional.empty(), 10, List.of());

    @Test
    void aBodyOrUpdateTextEditIsTextOnlyAndAnythingListedIsNot() {
        Article live = article("cameron", "2013-07-01", "First text.", List.of("trade"), List.of("Oil"), "Update text.");
        assertTrue(TextEdits.onlyText(live, article("cameron", "2013-07-01", "First text. More.", List.of("trade"),
                List.of("Oil"), "Update text.")));
        assertTrue(TextEdits.onlyText(live, article("cameron", "2013-07-01", "First text.", List.of("trade"),
                List.of("Oil"), "Update text, corrected.")));

        assertFalse(TextEdits.onlyText(live, article("cameron", "2013-07-02", "First text.", List.of("trade"),
                List.of("Oil"), "Update text.")), "a date moves it on every list");
        assertFalse(TextEdits.onlyText(live, article("cameron", "2013-07-01", "First text.", List.of("security"),
                List.of("Oil"), "Update text.")), "topics");
        assertFalse(TextEdits.onlyText(live, article("cameron", "2013-07-01", "First text.", List.of("trade"),
                List.of("Gas"), "Update text.")), "tags");
        Article retitled = new Article(live.sourceFile(), live.slugAt(), live.slug(), "Another title", live.date(),
                live.updated(), live.type(), live.topics(), live.topicsExplained(), live.tags(), live.people(),
                live.places(), live.summary(), live.source(), live.sourceUrl(), live.author(), live.dateline(),
                live.body(), live.updates(), live.events(), live.draft(), live.text(), live.links(), live.summaryInText(),
                live.namesAt());
        assertFalse(TextEdits.onlyText(live, retitled), "the title is on every card");
    }

    @Test
    void theSiteWithATextEditPutInIsTheSiteAssembledAfresh() {
        List<Article> before = new ArrayList<>(List.of(
                article("a", "2013-07-01", "A.", List.of("trade"), List.of("Oil"), "A update."),
                article("b", "2013-07-02", "B.", List.of("trade", "security"), List.of("Oil", "Gas"), null),
                article("c", "1994-03-01", "C.", List.of("security"), List.of(), "C update.")));
        Problems problems = new Problems(10);
        Site site = SiteAssembler.assemble(CONFIG, before, problems);

        Article edited = article("a", "2013-07-01", "A, with a sentence more.", List.of("trade"), List.of("Oil"),
                "A update, corrected.");
        List<Article> after = new ArrayList<>(before);
        after.set(0, edited);
        Site patched = TextEdits.apply(site, Map.of(before.get(0), edited));

        assertEquals(SiteAssembler.assemble(CONFIG, after, problems), patched);
        assertSame(edited, patched.topics().get(0).updates().get(0).article(), "the topic's update list holds the edit");
        assertSame(site.topics().get(1).updates(), patched.topics().get(1).updates(),
                "a list without the edited article is not copied");
        assertTrue(problems.all().isEmpty());
    }

    /** An article with one tag list and, when {@code update} is given, one live update in topic trade. */
    private static Article article(String slug, String date, String body, List<String> topics, List<String> tags,
            String update) {
        String file = "seeds/" + slug + ".md";
        List<LiveUpdate> updates = update == null ? List.of() : List.of(new LiveUpdate("u1", "Update", new Html("Update"),
                Optional.empty(), List.of(new TopicId("trade")), List.of(), new Html("<p>" + update + "</p>"), Utf8Text.of(update)));
        return new Article(file, new Position(file, 2, 1), new Slug(slug), "Title " + slug, NewsDate.parse(date, ZONE),
                Optional.empty(), updates.isEmpty() ? ArticleType.ARTICLE : ArticleType.LIVE,
                topics.stream().map(TopicId::new).toList(), List.of(), tags, List.of(), List.of(), "Summary " + slug,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), new Html("<p>" + body + "</p>"),
                updates, List.of(), false, Utf8Text.of(body), List.of(), true, NamePositions.NONE);
    }
}
