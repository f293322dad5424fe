package gazette.site;

import gazette.config.BaseUrl;
import gazette.config.SiteConfig;
import gazette.config.Topic;
import gazette.config.TopicId;
import gazette.content.Article;
import gazette.content.ArticleType;
import gazette.content.Event;
import gazette.content.Html;
import gazette.content.Utf8Text;
import gazette.content.LiveUpdate;
import gazette.content.NamePositions;
import gazette.content.NewsDate;
import gazette.content.Position;
import gazette.content.Slug;
import gazette.diag.Problem;
import gazette.diag.Problems;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assembling the site: duplicate slugs, topic coverage, free lists and the timeline. */
class SiteAssemblerTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final SiteConfig CONFIG = new SiteConfig("Test", "", "en-GB", new BaseUrl("https://example.org/"), ZONE,
            List.of(new Topic(new TopicId("trade"), "Trade", "", List.of()),
                    new Topic(new TopicId("human-rights"), "Human rights", "", List.of()),
                    new Topic(new TopicId("security"), "Security", "", List.of())),
            Optional.empty(), 10, List.of());

    private final Problems problems = new Problems(100);

    /** A test article; only what a test sets differs from the defaults. */
    private static final class A {
        String file;
        String slug;
        String date;
        int slugLine = 2;
        int slugColumn = 1;
        List<String> topics = List.of();
        List<String> tags = List.of();
        List<String> places = List.of();
        List<LiveUpdate> updates = new ArrayList<>();
        List<Event> events = new ArrayList<>();

        A(String slug, String date) {
            this.slug = slug;
            this.file = "seeds/" + slug + ".md";
            this.date = date;
        }

        A file(String file, int line, int column) {
            this.file = file;
            this.slugLine = line;
            this.slugColumn = column;
            return this;
        }

        A topics(String... ids) {
            topics = List.of(ids);
            return this;
        }

        A tags(String... values) {
            tags = List.of(values);
            return this;
        }

        A places(String... values) {
            places = List.of(values);
            return this;
        }

        /** Updates as a live blog lists them: newest first. A null date is an undated update. */
        A update(String id, String date, String... topicIds) {
            updates.add(new LiveUpdate(id, "Update " + id, new Html("Update " + id),
                    Optional.ofNullable(date).map(SiteAssemblerTest::date),
                    Arrays.stream(topicIds).map(TopicId::new).toList(), List.of(), Html.EMPTY, Utf8Text.EMPTY));
            return this;
        }

        A event(String date, String title) {
            events.add(new Event(date(date), title));
            return this;
        }

        /** The names as if written one after another on a line of the front matter, each seven columns on. */
        private List<Position> writtenAt(List<String> names, int line) {
            return IntStream.range(0, names.size()).mapToObj(i -> new Position(file, line, 8 + 7 * i, names.get(i))).toList();
        }

        Article build() {
            return new Article(file, new Position(file, slugLine, slugColumn), new Slug(slug), "Title " + slug, date(date),
                    Optional.empty(), updates.isEmpty() ? ArticleType.ARTICLE : ArticleType.LIVE,
                    topics.stream().map(TopicId::new).toList(), List.of(), tags, List.of(), places, "", Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Html.EMPTY, updates, events, false, Utf8Text.EMPTY, List.of(), true,
                    new NamePositions(writtenAt(tags, 5), List.of(), writtenAt(places, 6)));
        }
    }

    private static NewsDate date(String text) {
        return NewsDate.parse(text, ZONE);
    }

    private Site assemble(A... articles) {
        return SiteAssembler.assemble(CONFIG, Arrays.stream(articles).map(A::build).toList(), problems);
    }

    private static List<String> timeline(Site site) {
        return site.timeline().stream().flatMap(y -> y.entries().stream()).map(TimelineEntry::title).toList();
    }

    private static List<String> slugs(List<Article> articles) {
        return articles.stream().map(a -> a.slug().value()).toList();
    }

    // ---- duplicate slugs ----

    @Test
    void everyFileSharingASlugIsReportedNamingTheOthers() {
        assemble(new A("visit", "2013-07-01").file("seeds/b.md", 4, 7),
                new A("visit", "2013-07-02").file("seeds/a.md", 5, 7),
                new A("other", "2013-07-02"),
                new A("visit", "1994-03").file("seeds/c.md", 1, 1));
        List<String> reported = problems.all().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "seeds/a.md:5:7: duplicate slug 'visit': also used by seeds/b.md, seeds/c.md (give one of them a different slug: key)",
                "seeds/b.md:4:7: duplicate slug 'visit': also used by seeds/a.md, seeds/c.md (give one of them a different slug: key)",
                "seeds/c.md:1:1: duplicate slug 'visit': also used by seeds/a.md, seeds/b.md (give one of them a different slug: key)"),
                reported);
    }

    @Test
    void everyDuplicatedSlugIsReportedInOneRun() {
        assemble(new A("x", "2013-07-01").file("seeds/x1.md", 1, 1), new A("x", "2013-07-01").file("seeds/x2.md", 1, 1),
                new A("y", "2013-07-01").file("seeds/y1.md", 1, 1), new A("y", "2013-07-01").file("seeds/y2.md", 1, 1));
        assertEquals(4, problems.all().size());
    }

    @Test
    void distinctSlugsAreNoProblem() {
        assemble(new A("a", "2013-07-01"), new A("b", "2013-07-01"));
        assertEquals(List.of(), problems.all());
    }

    // ---- articles and topics ----

    @Test
    void articlesAreListedNewestFirstWithSlugBreakingTies() {
        Site site = assemble(new A("old", "1994-03"), new A("b", "2013-07-01"), new A("a", "2013-07-01"),
                new A("newest", "2013-07-01T10:00:00+06:00"));
        assertEquals(List.of("newest", "a", "b", "old"), slugs(site.articles()));
    }

    @Test
    void eachTopicListsItsArticlesNewestFirstInConfigOrder() {
        Site site = assemble(new A("old", "1994-03").topics("security", "trade"), new A("new", "2013-07-01").topics("trade"),
                new A("none", "2013-07-02"));
        assertEquals(List.of("trade", "human-rights", "security"),
                site.topics().stream().map(t -> t.topic().id().value()).toList());
        assertEquals(List.of("new", "old"), slugs(site.topics().get(0).articles()));
        assertEquals(List.of(), site.topics().get(1).articles());
        assertEquals(List.of("old"), slugs(site.topics().get(2).articles()));
    }

    @Test
    void aTopicListsTheLiveUpdatesGivenIt() {
        Site site = assemble(new A("live", "2013-07-01").topics("trade")
                .update("u2", "2013-07-01T15:00:00+06:00", "human-rights")
                .update("u1", "2013-07-01T11:00:00+06:00", "trade", "human-rights"));
        TopicCoverage rights = site.topics().get(1);
        assertEquals(List.of(), rights.articles());
        assertEquals(List.of("u2", "u1"), rights.updates().stream().map(u -> u.update().id()).toList());
        assertEquals("live", rights.updates().get(0).article().slug().value());
        assertEquals(List.of("u1"), site.topics().get(0).updates().stream().map(u -> u.update().id()).toList());
    }

    // ---- free lists ----

    @Test
    void termsThatMakeTheSameUrlNameAreMerged() {
        Site site = assemble(new A("a", "2013-07-01").places("astana"), new A("b", "2013-07-02").places("Astana", "London"));
        Taxonomy places = site.taxonomies().stream().filter(t -> t.kind().equals("places")).findFirst().orElseThrow();
        assertEquals(List.of("astana", "london"), places.terms().stream().map(Term::slug).toList());
        Term astana = places.terms().get(0);
        assertEquals("Astana", astana.name());
        assertEquals(List.of("b", "a"), slugs(astana.articles()));
    }

    @Test
    void theMergedNameDoesNotDependOnReadingOrder() {
        Site one = assemble(new A("a", "2013-07-01").tags("Oil"), new A("b", "2013-07-02").tags("oil"));
        Site two = assemble(new A("a", "2013-07-02").tags("Oil"), new A("b", "2013-07-01").tags("oil"));
        assertEquals(one.taxonomies().get(0).terms().get(0).name(), two.taxonomies().get(0).terms().get(0).name());
    }

    @Test
    void namesOfTwoArticlesSharingAUrlNameButNotTheirLettersAreWarnedAboutWhereWritten() {
        Site site = assemble(new A("a", "2013-07-01").tags("Oil", "C++"), new A("b", "2013-07-02").tags("C"),
                new A("c", "2013-07-03").places("astana").tags("oil", "c++"), new A("d", "2013-07-04").places("Astana"));
        Term c = site.taxonomies().get(0).terms().get(0);
        assertEquals("C", c.name(), "the page is under the name that sorts first");
        assertEquals(List.of("c", "b", "a"), slugs(c.articles()));
        String advice = "; spell the two so that they differ in letters or digits";
        assertEquals(List.of(
                "seeds/a.md:5:15: warning: 'C++' in tags has the URL name of 'C' (seeds/b.md:5:8), so its articles are listed"
                        + " on tags/c/ under 'C'" + advice,
                "seeds/c.md:5:15: warning: 'c++' in tags has the URL name of 'C' (seeds/b.md:5:8), so its articles are listed"
                        + " on tags/c/ under 'C'" + advice),
                problems.all().stream().map(Problem::toString).toList(), "'Oil' and 'oil', 'astana' and 'Astana' are one name");
    }

    @Test
    void sharedNamesAreWarnedAboutAlikeWhateverTheOrderOfTheArticles() {
        A[] one = {new A("a", "2013-07-01").tags("C++"), new A("b", "2013-07-02").tags("C"), new A("c", "2013-07-03").tags("C")};
        SiteAssembler.assemble(CONFIG, Arrays.stream(one).map(A::build).toList(), problems);
        List<Problem> forwards = problems.all();
        Problems backwards = new Problems(100);
        List<Article> reversed = new ArrayList<>(Arrays.stream(one).map(A::build).toList());
        Collections.reverse(reversed);
        SiteAssembler.assemble(CONFIG, reversed, backwards);
        assertEquals(forwards, backwards.all());
        assertTrue(forwards.get(0).toString().contains("'C' (seeds/b.md:5:8)"), forwards.toString());
    }

    @Test
    void termsAreInAlphabeticalOrderIgnoringCase() {
        Site site = assemble(new A("a", "2013-07-01").tags("oil", "Banks", "currency", "Astana"));
        assertEquals(List.of("Astana", "Banks", "currency", "oil"),
                site.taxonomies().get(0).terms().stream().map(Term::name).toList());
    }

    @Test
    void tagsPeopleAndPlacesAreTheThreeFreeLists() {
        Site site = assemble(new A("a", "2013-07-01"));
        assertEquals(List.of("tags", "people", "places"), site.taxonomies().stream().map(Taxonomy::kind).toList());
        assertEquals(List.of("Tags", "People", "Places"), site.taxonomies().stream().map(Taxonomy::title).toList());
    }

    // ---- timeline ----

    @Test
    void theTimelineRunsOldestFirstGroupedByYear() {
        Site site = assemble(new A("new", "2013-07-01"), new A("old", "1994-03"), new A("mid", "2013-06-30"));
        assertEquals(List.of(1994, 2013), site.timeline().stream().map(TimelineYear::year).toList());
        assertEquals(List.of("Title old"), site.timeline().get(0).entries().stream().map(TimelineEntry::title).toList());
        assertEquals(List.of("Title mid", "Title new"),
                site.timeline().get(1).entries().stream().map(TimelineEntry::title).toList());
    }

    @Test
    void liveUpdatesAppearInTheOrderTheyHappened() {
        Site site = assemble(new A("live", "2013-07-01T09:00:00+06:00")
                .update("c", "2013-07-01T16:00:00+06:00")
                .update("b", "2013-07-01T12:00:00+06:00")
                .update("a", "2013-07-01T10:00:00+06:00"));
        assertEquals(List.of("Title live", "Update a", "Update b", "Update c"), timeline(site));
        TimelineEntry a = site.timeline().get(0).entries().get(1);
        assertEquals(TimelineEntry.Kind.UPDATE, a.kind());
        assertEquals("articles/live/#a", a.path());
        assertEquals("Title live", a.articleTitle());
        assertTrue(a.dateGiven());
    }

    @Test
    void anUndatedUpdateSitsBetweenItsDatedNeighbours() {
        Site site = assemble(new A("live", "2013-06-30")
                .update("c", "2013-07-01T16:00:00+06:00")
                .update("b", null)
                .update("a", "2013-07-01T10:00:00+06:00"),
                new A("between", "2013-07-01T12:00:00+06:00"));
        assertEquals(List.of("Title live", "Update a", "Update b", "Title between", "Update c"), timeline(site));
        TimelineEntry b = site.timeline().get(0).entries().get(2);
        assertFalse(b.dateGiven());
        assertEquals("2013-07-01T10:00+06:00", b.date().iso());
        assertEquals(Optional.of("between 1 July 2013, 10:00 UTC+06:00 and 1 July 2013, 16:00 UTC+06:00"), b.between());
    }

    @Test
    void undatedUpdatesInARowEachSitBetweenTheNearestDatedOnes() {
        Site site = assemble(new A("live", "2013-06-30")
                .update("f", null)
                .update("e", "2013-07-03")
                .update("d", null)
                .update("c", null)
                .update("b", "2013-07-01")
                .update("a", null));
        List<TimelineEntry> entries = site.timeline().get(0).entries();
        assertEquals(List.of("Title live", "Update a", "Update b", "Update c", "Update d", "Update e", "Update f"), timeline(site));
        assertEquals(Optional.of("between 30 June 2013 and 1 July 2013"), entries.get(1).between());
        assertEquals(Optional.of("between 1 July 2013 and 3 July 2013"), entries.get(3).between());
        assertEquals(Optional.of("between 1 July 2013 and 3 July 2013"), entries.get(4).between());
        assertEquals(Optional.of("after 3 July 2013"), entries.get(6).between());
        assertEquals(Optional.empty(), entries.get(5).between());
    }

    @Test
    void anUndatedUpdateAfterTheLastDatedOneSaysAfter() {
        Site site = assemble(new A("live", "2013-06-30").update("b", null).update("a", "2013-07-01"));
        TimelineEntry b = site.timeline().get(0).entries().get(2);
        assertEquals("Update b", b.title());
        assertEquals(Optional.of("after 1 July 2013"), b.between());
    }

    @Test
    void anUndatedFirstUpdateIsPlacedAtTheArticlesDate() {
        Site site = assemble(new A("live", "2013-06-30").update("b", "2013-07-01").update("a", null));
        assertEquals(List.of("Title live", "Update a", "Update b"), timeline(site));
        TimelineEntry a = site.timeline().get(0).entries().get(1);
        assertEquals("2013-06-30", a.date().iso());
        assertEquals(Optional.of("between 30 June 2013 and 1 July 2013"), a.between());
    }

    @Test
    void anUndatedUpdateBetweenTwoOfTheSameDaySaysOn() {
        Site site = assemble(new A("live", "2013-06-30").update("c", "2013-07-01").update("b", null).update("a", "2013-07-01"));
        assertEquals(Optional.of("on 1 July 2013"), site.timeline().get(0).entries().get(2).between());
    }

    @Test
    void eventsComeBeforeArticlesOfTheSameDate() {
        Site site = assemble(new A("a", "2013-06-30").event("2013-06-30", "Cameron arrives").event("1994-03-21", "Major meets Nazarbayev"),
                new A("b", "2013-07-01").event("2013-06-30", "Talks announced"));
        assertEquals(List.of("Major meets Nazarbayev", "Cameron arrives", "Talks announced", "Title a", "Title b"), timeline(site));
        TimelineEntry event = site.timeline().get(0).entries().get(0);
        assertEquals(TimelineEntry.Kind.EVENT, event.kind());
        assertEquals("articles/a/", event.path());
        assertEquals(1994, site.timeline().get(0).year());
    }

    @Test
    void aMonthOnlyArticleComesBeforeTheDaysOfThatMonth() {
        Site site = assemble(new A("month", "1994-03").event("1994-03-19", "Perry in Almaty"));
        assertEquals(List.of("Title month", "Perry in Almaty"), timeline(site));
    }

    @Test
    void momentsInDifferentOffsetsAreOrderedByWhenTheyHappened() {
        Site site = assemble(new A("london", "2013-07-01T09:00:00+01:00"), new A("astana", "2013-07-01T10:30:00+06:00"));
        assertEquals(List.of("Title astana", "Title london"), timeline(site));
    }
}
