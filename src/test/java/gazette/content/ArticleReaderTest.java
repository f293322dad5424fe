package gazette.content;

import gazette.config.BaseUrl;
import gazette.config.SiteConfig;
import gazette.config.Topic;
import gazette.config.TopicId;
import gazette.diag.Problem;
import gazette.diag.Problems;
import gazette.source.SourceDoc;
import gazette.yaml.YNode;
import gazette.yaml.YamlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Articles from front matter and Markdown: typed fields, exact problem positions, live blog updates. */
class ArticleReaderTest {
    private static final SiteConfig CONFIG = new SiteConfig("Test", "", "en-GB", new BaseUrl("https://example.org/"),
            ZoneId.of("Asia/Almaty"), List.of(
                    new Topic(new TopicId("trade"), "Trade", "", List.of("trade", "oil")),
                    new Topic(new TopicId("human-rights"), "Human rights", "", List.of("human rights")),
                    new Topic(new TopicId("security"), "Security", "", List.of("weapons"))),
            Optional.empty(), 10, List.of());

    private final Problems problems = new Problems(100);

    /** A Markdown source as SourceReader makes it: the front matter's YAML starts on line 2. */
    private static SourceDoc doc(String fileName, String text) {
        String relPath = "seeds/" + fileName;
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int close = lines.subList(1, lines.size()).indexOf("---") + 1;
        String yaml = String.join("\n", lines.subList(1, close)) + "\n";
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        YNode.Mapping fm = YamlReader.read(relPath, yaml, 2).map(YNode.Mapping.class::cast)
                .orElse(new YNode.Mapping(Map.of(), 2, 1));
        return new SourceDoc(Path.of("seeds", fileName), relPath, SourceDoc.Format.MARKDOWN, relPath, fm, body, close + 2);
    }

    private Optional<Article> read(String fileName, String text) {
        return read(fileName, text, false);
    }

    private Optional<Article> read(String fileName, String text, boolean drafts) {
        ArticleReader reader = new ArticleReader(CONFIG, drafts, (d, p) -> {
            throw new AssertionError("not raw copy");
        });
        return reader.read(doc(fileName, text), problems);
    }

    private Article article(String text) {
        Optional<Article> a = read("2013-07-01-cameron-in-astana.md", text);
        assertEquals(List.of(), reported());
        return a.orElseThrow();
    }

    private List<String> reported() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    /** Reads a file expected to fail with exactly one problem, and returns it as printed. */
    private String onlyProblem(String text) {
        Optional<Article> a = read("2013-07-01-cameron-in-astana.md", text);
        assertTrue(a.isEmpty(), "an article with errors must be left out");
        assertEquals(1, problems.all().size(), reported().toString());
        return reported().get(0);
    }

    private static List<String> ids(Article a) {
        return a.updates().stream().map(LiveUpdate::id).toList();
    }

    // ---- front matter ----

    @Test
    void readsTheFrontMatterIntoTypedFields() {
        Article a = article("""
                ---
                title: "Cameron in Astana"
                date: 2013-07-01T10:30:00+06:00
                updated: 2013-07-02
                source: ITV News
                source_url: https://www.itv.com/news/cameron
                author: Romilly Weeks
                dateline: ASTANA
                topics: [trade, security]
                tags: [oil, trade-mission]
                people: David Cameron
                places: [Astana, Kazakhstan]
                ---

                David Cameron arrived today.

                More text.
                """);
        assertEquals("Cameron in Astana", a.title());
        assertEquals("cameron-in-astana", a.slug().value());
        assertEquals("2013-07-01T10:30+06:00", a.date().iso());
        assertEquals("2013-07-02", a.updated().orElseThrow().iso());
        assertEquals(Optional.of("ITV News"), a.source());
        assertEquals(Optional.of("https://www.itv.com/news/cameron"), a.sourceUrl());
        assertEquals(Optional.of("Romilly Weeks"), a.author());
        assertEquals(Optional.of("ASTANA"), a.dateline());
        assertEquals(List.of("trade", "security"), a.topics().stream().map(TopicId::value).toList());
        assertEquals(List.of(), a.topicsExplained());
        assertEquals(List.of("oil", "trade-mission"), a.tags());
        assertEquals(List.of("David Cameron"), a.people());
        assertEquals(List.of("Astana", "Kazakhstan"), a.places());
        assertEquals("David Cameron arrived today.", a.summary());
        assertEquals(ArticleType.ARTICLE, a.type());
        assertFalse(a.draft());
        assertEquals("seeds/2013-07-01-cameron-in-astana.md", a.sourceFile());
    }

    @Test
    void aGivenSlugReplacesTheFileName() {
        Article a = article("---\ntitle: A\ndate: 2013-07-01\nslug: cameron-visit\n---\nText.\n");
        assertEquals("cameron-visit", a.slug().value());
        assertEquals(new Position("seeds/2013-07-01-cameron-in-astana.md", 4, 7), a.slugAt());
    }

    @Test
    void aGivenSummaryReplacesTheFirstParagraph() {
        assertEquals("Standfirst.", article("---\ntitle: A\ndate: 2013-07-01\nsummary: ' Standfirst. '\n---\nText.\n").summary());
    }

    @Test
    void theDefaultSummarySkipsCaptions() {
        assertEquals("First real paragraph.",
                article("---\ntitle: A\ndate: 2013-07-01\n---\nPhoto: Cameron. Credit: PA\n\nFirst real paragraph.\n").summary());
    }

    @Test
    void anUnknownKeyIsReportedAtTheKeyWithTheKnownKeys() {
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:4:1: unknown key 'topic' (did you mean 'topics'? known keys: author, date, dateline, "
                        + "draft, events, people, places, slug, source, source_url, summary, tags, title, topics, type, updated)",
                onlyProblem("---\ntitle: A\ndate: 2013-07-01\ntopic: trade\n---\nText.\n"));
    }

    @Test
    void anUnknownTopicIsReportedAtTheItemWithTheKnownTopics() {
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:4:17: unknown topic 'trad' (known: trade, human-rights, security)",
                onlyProblem("---\ntitle: A\ndate: 2013-07-01\ntopics: [trade, trad]\n---\nText.\n"));
    }

    @Test
    void anUnknownTopicOfASiteWithoutTopicsSaysSo() {
        SiteConfig noTopics = new SiteConfig("Test", "", "en-GB", new BaseUrl("https://example.org/"),
                ZoneId.of("Asia/Almaty"), List.of(), Optional.empty(), 10, List.of());
        new ArticleReader(noTopics, false, (d, p) -> {
            throw new AssertionError("not raw copy");
        }).read(doc("2013-07-01-cameron-in-astana.md", "---\ntitle: A\ndate: 2013-07-01\ntopics: [trade]\n---\nText.\n"), problems);
        assertEquals(List.of("seeds/2013-07-01-cameron-in-astana.md:4:10: unknown topic 'trade' (the configuration defines no topics)"),
                reported());
    }

    @Test
    void anInvalidDateIsReportedAtTheValue() {
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:3:7: invalid date '2013-02-30' "
                        + "(use 2013-07-01, 2013-07-01T10:30:00+06:00, or 1994-03 for a month)",
                onlyProblem("---\ntitle: A\ndate: 2013-02-30\n---\nText.\n"));
    }

    @Test
    void anInvalidUpdatedDateIsReportedAtTheValue() {
        assertTrue(onlyProblem("---\ntitle: A\ndate: 2013-07-01\nupdated: next week\n---\nText.\n")
                .startsWith("seeds/2013-07-01-cameron-in-astana.md:4:10: invalid updated 'next week'"));
    }

    @Test
    void aMissingDateIsReportedAtTheStartOfTheFrontMatter() {
        assertTrue(onlyProblem("---\ntitle: A\n---\nText.\n")
                .startsWith("seeds/2013-07-01-cameron-in-astana.md:2:1: missing required key 'date'"));
    }

    @Test
    void anEmptyDateIsReportedAtItsKey() {
        assertTrue(onlyProblem("---\ntitle: A\ndate:\n---\nText.\n")
                .startsWith("seeds/2013-07-01-cameron-in-astana.md:3:1: 'date' must not be empty"));
    }

    @Test
    void aMissingTitleIsReported() {
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:2:1: missing required key 'title'",
                onlyProblem("---\ndate: 2013-07-01\n---\nText.\n"));
    }

    @Test
    void aSlugWithCapitalsIsReportedWithASuggestion() {
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:4:7: slug 'Cameron Visit' must be lower-case letters, digits "
                        + "and single hyphens (for example cameron-visit)",
                onlyProblem("---\ntitle: A\ndate: 2013-07-01\nslug: Cameron Visit\n---\nText.\n"));
    }

    @Test
    void aSlugThatLeavesTheFolderIsRefused() {
        assertTrue(onlyProblem("---\ntitle: A\ndate: 2013-07-01\nslug: ../x\n---\nText.\n")
                .startsWith("seeds/2013-07-01-cameron-in-astana.md:4:7: slug '../x' must be"));
        assertTrue(read("a.md", "---\ntitle: A\ndate: 2013-07-01\nslug: a/b\n---\nText.\n").isEmpty());
    }

    @Test
    void aFileNameWithNoLettersOrDigitsNeedsASlug() {
        assertTrue(read("2013-07-01-🔥.md", "---\ntitle: A\ndate: 2013-07-01\n---\nText.\n").isEmpty());
        assertEquals(List.of("seeds/2013-07-01-🔥.md:1:1: cannot make a URL name from the file name "
                + "'2013-07-01-🔥.md' (add a slug: key)"), reported());
    }

    @Test
    void aFileNameAndNamesInOtherScriptsKeepTheirLettersInUrlNames() {
        Article article = read("2013-07-01-北京访问.md",
                "---\ntitle: A\ndate: 2013-07-01\ntags: [Αθήνα]\nplaces: [北京]\nslug: 访问\n---\nText.\n").orElseThrow();
        assertEquals("访问", article.slug().value(), "a slug: key in another script is taken as given");
        assertEquals(List.of("Αθήνα"), article.tags());
        assertEquals(List.of(), reported());
        assertEquals("北京访问", read("2013-07-01-北京访问.md", "---\ntitle: A\ndate: 2013-07-01\n---\nText.\n")
                .orElseThrow().slug().value());
    }

    @Test
    void aFileNameThatIsNotTextInTheFileNameEncodingIsReportedNotCutShort() {
        // How the JVM lists "café.md" written in Latin-1, or "визит.md" in an ASCII locale: a URL name
        // from what is left ("caf") would not be the name the user sees.
        assertTrue(read("2013-07-01-caf\uFFFD.md", "---\ntitle: A\ndate: 2013-07-01\n---\nText.\n").isEmpty());
        assertEquals(1, reported().size());
        assertTrue(reported().get(0).startsWith("seeds/2013-07-01-caf\uFFFD.md:1:1: the file name '2013-07-01-caf\uFFFD.md' "
                + "is not valid text in the system's file-name encoding ("), reported().get(0));
        assertTrue(read("2013-07-01-caf\uFFFD.md", "---\ntitle: A\ndate: 2013-07-01\nslug: cafe\n---\nText.\n").isPresent(),
                "a slug: key names it");
    }

    @Test
    void aCyrillicFileNameAndCyrillicNamesGetLatinUrlNames() {
        Article article = read("2013-07-01-Визит в Алматы.md",
                "---\ntitle: A\ndate: 2013-07-01\ntags: [Нефть]\npeople: [Нурсултан Назарбаев]\n---\nText.\n").orElseThrow();
        assertEquals("vizit-v-almaty", article.slug().value());
        assertEquals(List.of("Нефть"), article.tags(), "kept as written");
        assertEquals(List.of("Нурсултан Назарбаев"), article.people());
        assertEquals(List.of(), reported());
    }

    @Test
    void aJavascriptSourceUrlIsRefusedAtTheValue() {
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:4:13: source_url 'javascript:alert(1)' is not an http(s) link",
                onlyProblem("---\ntitle: A\ndate: 2013-07-01\nsource_url: javascript:alert(1)\n---\nText.\n"));
    }

    @Test
    void aSourceUrlWithoutAHostIsRefused() {
        assertTrue(onlyProblem("---\ntitle: A\ndate: 2013-07-01\nsource_url: www.itv.com/news\n---\nText.\n")
                .contains("is not an http(s) link"));
    }

    @Test
    void anUnknownTypeIsReported() {
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:4:7: unknown type 'blog' (use article or live)",
                onlyProblem("---\ntitle: A\ndate: 2013-07-01\ntype: blog\n---\nText.\n"));
    }

    @Test
    void draftMustBeTrueOrFalse() {
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:4:8: 'draft' must be true or false",
                onlyProblem("---\ntitle: A\ndate: 2013-07-01\ndraft: yes\n---\nText.\n"));
    }

    @Test
    void everyMistakeInAFileIsReportedTogether() {
        assertTrue(read("a.md", "---\ntitle: [A]\ndate: soon\ntopics: [nope]\nextra: 1\nslug: B\n---\nText.\n").isEmpty());
        assertEquals(List.of(2, 3, 4, 5, 6), problems.all().stream().map(Problem::line).toList(), reported().toString());
    }

    @Test
    void aTermWithoutLettersIsReportedAtTheItem() {
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:4:13: '!!!' in tags has no letters or digits to make a URL name from",
                onlyProblem("---\ntitle: A\ndate: 2013-07-01\ntags: [oil, '!!!']\n---\nText.\n"));
    }

    @Test
    void termsThatMakeTheSameUrlNameAreKeptOnce() {
        Article a = article("---\ntitle: A\ndate: 2013-07-01\nplaces: [Astana, astana, ' Astana ', 'Nur  Sultan']\n---\nText.\n");
        assertEquals(List.of("Astana", "Nur Sultan"), a.places());
    }

    @Test
    void eventsAreReadWithTheirDates() {
        Article a = article("---\ntitle: A\ndate: 2013-07-01\nevents:\n  - {date: 1994-03, title: Visit}\n"
                + "  - {date: 2013-07-01T11:00:00+06:00, title: ' Signing '}\n---\nText.\n");
        assertEquals(List.of("1994-03", "2013-07-01T11:00+06:00"), a.events().stream().map(e -> e.date().iso()).toList());
        assertEquals(List.of("Visit", "Signing"), a.events().stream().map(Event::title).toList());
    }

    @Test
    void aBadEventIsReportedAtItsOwnPosition() {
        assertTrue(read("a.md", "---\ntitle: A\ndate: 2013-07-01\nevents:\n  - {date: 2013-07-01, title: Fine}\n"
                + "  - {date: 2013-07-32, title: Bad}\n  - {date: 2013-07-01}\n---\nText.\n").isEmpty());
        List<String> r = reported();
        assertEquals(2, r.size(), r.toString());
        assertTrue(r.get(0).startsWith("seeds/a.md:6:12: invalid date '2013-07-32'"), r.get(0));
        assertEquals("seeds/a.md:7:5: missing required key 'title'", r.get(1));
    }

    // ---- topics ----

    @Test
    void withoutTopicsTheKeywordRulesAssignThem() {
        Article a = article("---\ntitle: Oil talks\ndate: 2013-07-01\n---\nA question on human rights.\n");
        assertEquals(List.of("trade", "human-rights"), a.topics().stream().map(TopicId::value).toList());
        assertEquals(List.of("oil"), a.topicsExplained().get(0).words());
    }

    @Test
    void theKeywordRulesReadTheWordsOfTheTextNotItsAddresses() {
        String body = "Read https://www.example.gov.uk/oil-plan/weapons.pdf, [the plan](https://example.org/trade)"
                + " or [www.example.org/human-rights](https://example.org/x), <https://example.org/oil> and"
                + " <press@oil.example.org>.\n";
        Article a = article("---\ntitle: Plans published\ndate: 2013-07-01\n---\n" + body);
        assertEquals(List.of(), a.topics());
        Article live = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\ntopics: []\n---\n## Plans published\n\n" + body);
        assertEquals(List.of(), live.updates().get(0).topics());
        assertEquals(List.of("trade"), article("---\ntitle: Oil plans\ndate: 2013-07-01\n---\n" + body).topics().stream()
                .map(TopicId::value).toList(), "the words around them still count");
    }

    @Test
    void anEmptyTopicsListMeansNoTopicsNotTheRules() {
        Article a = article("---\ntitle: Oil talks\ndate: 2013-07-01\ntopics: []\n---\nOil and trade.\n");
        assertEquals(List.of(), a.topics());
    }

    @Test
    void aTopicGivenTwiceIsKeptOnce() {
        Article a = article("---\ntitle: A\ndate: 2013-07-01\ntopics: [trade, trade]\n---\nText.\n");
        assertEquals(List.of(new TopicId("trade")), a.topics());
    }

    // ---- drafts ----

    @Test
    void draftsAreLeftOutUnlessAskedFor() {
        String text = "---\ntitle: A\ndate: 2013-07-01\ndraft: true\n---\nText.\n";
        assertTrue(read("a.md", text).isEmpty());
        assertEquals(List.of(), reported());
        Article a = read("a.md", text, true).orElseThrow();
        assertTrue(a.draft());
    }

    @Test
    void readAllKeepsTheInputOrder() {
        ArticleReader reader = new ArticleReader(CONFIG, false, (d, p) -> d);
        List<Article> articles = reader.readAll(List.of(
                doc("c.md", "---\ntitle: C\ndate: 2013-07-01\n---\nC.\n"),
                doc("draft.md", "---\ntitle: D\ndate: 2013-07-01\ndraft: true\n---\nD.\n"),
                doc("a.md", "---\ntitle: A\ndate: 2013-07-01\n---\nA.\n"),
                doc("b.md", "---\ntitle: B\ndate: 2013-07-01\n---\nB.\n")), problems);
        assertEquals(List.of("c", "a", "b"), articles.stream().map(a -> a.slug().value()).toList());
        assertEquals(List.of(), reported());
    }

    @Test
    void aBadFileNeverDropsAGoodOneReadAtTheSameTime() {
        List<SourceDoc> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            docs.add(doc("bad-" + i + ".md", "---\ntitle: Bad\n---\nx\n"));
            docs.add(doc("good-" + i + ".md", "---\ntitle: Good\ndate: 2013-07-01\n---\nText.\n"));
        }
        List<Article> articles = new ArticleReader(CONFIG, false, (d, p) -> d).readAll(docs, new Problems(1000));
        assertEquals(200, articles.size());
    }

    // ---- body ----

    @Test
    void rawHtmlInMarkdownIsShownAsText() {
        Article a = article("---\ntitle: A\ndate: 2013-07-01\n---\nBefore <script>alert(1)</script> after.\n\n"
                + "<iframe src=\"https://evil.example\"></iframe>\n");
        Document html = Jsoup.parseBodyFragment(a.body().value());
        assertTrue(html.select("script, iframe").isEmpty(), a.body().value());
        assertTrue(html.text().contains("<script>alert(1)</script>"), html.text());
        assertTrue(html.text().contains("<iframe"), html.text());
    }

    @Test
    void theDatelineStartsTheFirstParagraphOnly() {
        Article a = article("---\ntitle: A\ndate: 2013-07-01\ndateline: ASTANA\n---\nFirst.\n\nSecond.\n");
        Document html = Jsoup.parseBodyFragment(a.body().value());
        assertEquals(1, html.select("span.dateline").size());
        assertEquals("ASTANA — First.", html.select("p").get(0).text());
        assertEquals("Second.", html.select("p").get(1).text());
    }

    @Test
    void aLiveBlogIsCutIntoUpdatesNewestFirstAsWritten() {
        Article a = article("""
                ---
                title: Live
                date: 2013-07-01
                type: live
                ---
                Introduction.

                ## Press conference ends

                Later text.

                ## Cameron lands

                Earlier text.
                """);
        assertTrue(a.isLive());
        assertEquals(List.of("press-conference-ends", "cameron-lands"), ids(a));
        assertEquals("Cameron lands", a.updates().get(1).title());
        assertEquals("<p>Earlier text.</p>", a.updates().get(1).body().value().trim());
        assertEquals("<p>Introduction.</p>", a.body().value().trim());
        assertTrue(a.text().toString().contains("Earlier text."), "search text covers the updates");
    }

    @Test
    void anUpdateMayPinItsIdSoEditingTheHeadingKeepsLinks() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## Cameron lands in Astana {#arrival}\n\nText.\n");
        assertEquals(List.of("arrival"), ids(a));
        assertEquals("Cameron lands in Astana", a.updates().get(0).title());
        assertFalse(a.updates().get(0).titleHtml().value().contains("{#"), a.updates().get(0).titleHtml().value());
    }

    @Test
    void repeatedHeadingsGetNumberedIds() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## Update\n\nA.\n\n## Update\n\nB.\n\n## Update\n\nC.\n");
        assertEquals(List.of("update", "update-2", "update-3"), ids(a));
    }

    @Test
    void aNumberedIdAHeadlineAlreadyHasIsSkipped() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## Update\n\nA.\n\n## Update\n\nB.\n\n"
                + "## Update 3\n\nC.\n\n## Update\n\nD.\n\n## Update 5\n\nE.\n\n## Update\n\nF.\n");
        assertEquals(List.of("update", "update-2", "update-3", "update-4", "update-5", "update-6"), ids(a));
    }

    @Test
    void aPinnedIdThatRepeatsAnotherGetsANumberTooAndAWarning() {
        Article a = read("a.md", "---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## Arrival\n\nA.\n\n## Later {#arrival}\n\nB.\n")
                .orElseThrow();
        assertEquals(List.of("arrival", "arrival-2"), ids(a));
        assertEquals(List.of("seeds/a.md:10:1: warning: the pinned id 'arrival' is already an anchor on this page (an earlier"
                + " update's or a heading's), so this update is at #arrival-2; pin another {#id}"), reported());
    }

    @Test
    void aSummaryTakenFromTheFirstParagraphIsNotPrintedAgainAboveIt() {
        Article a = article("---\ntitle: A\ndate: 2013-07-01\n---\nCameron arrived[^1] with [aides][none] at"
                + " <https://example.org>.\n\n[^1]: ITV.\n");
        assertEquals("Cameron arrived with [aides][none] at https://example.org.", a.summary());
        assertTrue(a.summaryInText(), "the first paragraph is on the page already");
        Article given = article("---\ntitle: A\ndate: 2013-07-01\nsummary: Cameron flies to Astana.\n---\nCameron arrived.\n");
        assertFalse(given.summaryInText(), "a summary of its own is printed above the text");
    }

    @Test
    void twoNamesWithOneUrlNameAreOneTermWithAWarningUnlessTheyDifferOnlyInCaseOrAccents() {
        Article a = read("a.md", "---\ntitle: A\ndate: 2013-07-01\ntags: [C++, C, c++]\npeople: [Ann Smith, ann smith, Ánn Smith]\n---\nText.\n")
                .orElseThrow();
        assertEquals(List.of("C++"), a.tags());
        assertEquals(List.of("Ann Smith"), a.people());
        assertEquals(new NamePositions(List.of(new Position("seeds/a.md", 4, 8, "C++")),
                List.of(new Position("seeds/a.md", 5, 10, "Ann Smith")), List.of()), a.namesAt(),
                "where each name kept is written, for the site to report names other articles spell differently");
        assertEquals(List.of("seeds/a.md:4:13: warning: 'C' in tags has the URL name of 'C++' (tags/c/), so it is left out;"
                + " spell it so that the two differ in letters or digits"), reported());
    }

    @Test
    void aBracedIdThatCanNotBePinnedStaysInTheTitleWithAWarning() {
        Article a = read("a.md", "---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## Arrival {#Astana airport!}\n\nA.\n")
                .orElseThrow();
        assertEquals("Arrival {#Astana airport!}", a.updates().get(0).title());
        assertEquals(List.of("seeds/a.md:6:1: warning: '{#Astana airport!}' is not a pinned id, so it stays in the title: an id is"
                + " a letter, then letters, digits, - or _"), reported());
    }

    @Test
    void linksInAnUpdateHeadingKeepOnlyTheirTextSinceThePageLinksTheHeadingToItsUpdate() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## [Watch](https://www.itv.com/) Cameron"
                + " at <https://example.org> and *more*[^1]\n\nA.\n\n[^1]: ITV News.\n");
        String title = a.updates().get(0).titleHtml().value();
        assertEquals("Watch Cameron at https://example.org and <em>more</em><sup id=\"fnref-1\">1</sup>", title);
        assertTrue(a.updates().get(0).body().value().contains("href=\"#fnref-1\""), "the note still leads back to its marker");
    }

    @Test
    void aHeadingStartingWithADigitGetsAnIdStartingWithALetter() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## 10:30 Cameron lands\n\nA.\n\n## !!!\n\nB.\n");
        assertEquals("update-10-30-cameron-lands", ids(a).get(0));
        assertTrue(Character.isLetter(ids(a).get(1).charAt(0)), ids(a).toString());
    }

    @Test
    void anUpdateTitledLikeAPageAnchorDoesNotTakeIt() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## Top\n\nA.\n\n## Updates\n\nB.\n");
        assertFalse(ids(a).contains("top"), ids(a).toString());
        assertFalse(ids(a).contains("updates"), ids(a).toString());
    }

    @Test
    void aClockTimeUsesTheArticlesDayAndOffset() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01T09:00:00+01:00\ntype: live\n---\n## Later\n\n*14:37*\n\nText.\n");
        LiveUpdate u = a.updates().get(0);
        assertEquals("2013-07-01T14:37+01:00", u.date().orElseThrow().iso());
        assertEquals("<p>Text.</p>", u.body().value().trim(), "the metadata line is not part of the body");
    }

    @Test
    void aClockTimeOnADayOnlyArticleUsesTheSitesZone() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## Later\n\n*14:37*\n\nText.\n");
        assertEquals("2013-07-01T14:37+06:00", a.updates().get(0).date().orElseThrow().iso());
    }

    @Test
    void aClockTimeMayGiveItsOwnOffset() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## Later\n\n_14:37+01:00_\n\nText.\n");
        assertEquals("2013-07-01T14:37+01:00", a.updates().get(0).date().orElseThrow().iso());
    }

    @Test
    void updateMetadataMayGiveADateAndTopics() {
        Article a = article("---\ntitle: Live\ndate: 2013-06-30\ntype: live\n---\n## Next day\n\n*2013-07-01; topics: trade, security*\n\n"
                + "A question on human rights.\n");
        LiveUpdate u = a.updates().get(0);
        assertEquals("2013-07-01", u.date().orElseThrow().iso());
        assertEquals(List.of("trade", "security"), u.topics().stream().map(TopicId::value).toList());
        assertEquals(List.of(), u.topicsExplained());
    }

    @Test
    void anUpdateWithoutTopicsGetsThemFromTheRules() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\ntopics: [trade]\n---\n## Rights question\n\n"
                + "A question on human rights.\n");
        LiveUpdate u = a.updates().get(0);
        assertEquals(List.of(new TopicId("human-rights")), u.topics());
        assertEquals(List.of("human rights"), u.topicsExplained().get(0).words());
        assertTrue(u.date().isEmpty());
    }

    @Test
    void aClockTimeOnAMonthOnlyLiveBlogIsAnErrorNotAMadeUpDay() {
        Article dayGiven = article("---\ntitle: Live\ndate: 1994-03\ntype: live\n---\n## Later\n\n*1994-03-15T14:05:00+05:00*\n\nText.\n");
        assertEquals("1994-03-15T14:05+05:00", dayGiven.updates().get(0).date().orElseThrow().iso());
        Article asHinted = article("---\ntitle: Live\ndate: 1994-03\ntype: live\n---\n## Later\n\n*1994-03-15T14:05:00*\n\nText.\n");
        assertTrue(asHinted.updates().get(0).date().orElseThrow().iso().startsWith("1994-03-15T14:05"), "the hint's form is read");
        String p = onlyProblem("---\ntitle: Live\ndate: 1994-03\ntype: live\n---\nIntro.\n\n## Later\n\n*14:05*\n\nText.\n");
        assertTrue(p.startsWith("seeds/2013-07-01-cameron-in-astana.md:10:1: update time '14:05' needs a day, and the article's"
                + " date (1994-03) gives only a month (write the day with it: 1994-03-DDT14:05:00)"), p);
    }

    @Test
    void aBadUpdateTimeIsReportedAtItsLine() {
        String p = onlyProblem("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\nIntro.\n\n## Later\n\n*25:99*\n\nText.\n");
        assertTrue(p.startsWith("seeds/2013-07-01-cameron-in-astana.md:10:1: invalid update time '25:99'"), p);
    }

    @Test
    void aBadUpdateTimeDeepInALongLiveBlogIsReportedAtItsLine() {
        StringBuilder live = new StringBuilder("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\nIntro.\n\n");
        int line = 8; // the first update's heading
        int badLine = 0;
        for (int i = 1; i <= 300; i++) {
            int minutes = 300 - i; // newest first, as a live blog is written
            String time = i == 250 ? "25:99" : "%02d:%02d".formatted(9 + minutes / 60, minutes % 60);
            live.append("## Update ").append(i).append("\n\n*").append(time).append("*\n\nText of update ").append(i)
                    .append(".\nA second line.\n\n");
            if (i == 250) {
                badLine = line + 2;
            }
            line += 7;
        }
        String p = onlyProblem(live.toString());
        assertTrue(p.startsWith("seeds/2013-07-01-cameron-in-astana.md:" + badLine + ":1: invalid update time '25:99'"), p);
    }

    @Test
    void anUnknownTopicInUpdateMetadataIsReportedAtItsLine() {
        String p = onlyProblem("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## Later\n\n*14:37; topics: trad*\n\nText.\n");
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:8:1: unknown topic 'trad' in update metadata "
                + "(known: trade, human-rights, security)", p);
    }

    @Test
    void anImageWithoutAltTextIsAWarningAtItsLine() {
        Optional<Article> a = read("a.md", "---\ntitle: A\ndate: 2013-07-01\n---\nText.\n\n![](cameron.jpg)\n\nAnd ![](map.png).\n");
        assertTrue(a.isPresent(), "a warning does not stop the article");
        assertEquals(List.of("seeds/a.md:7:1: warning: image has no alt text", "seeds/a.md:9:5: warning: image has no alt text"),
                reported());
    }

    @Test
    void aLinkOrImageThatIsNotMadeIsAWarningAtItsPlace() {
        Optional<Article> a = read("a.md", "---\ntitle: A\ndate: 2013-07-01\n---\nSee [this](Javascript:alert(1)) and"
                + " ![the map](file:///home/map.png), [ITV](https://www.itv.com/) and ![photo](photo.jpg).\n");
        assertTrue(a.isPresent(), "a warning does not stop the article");
        assertEquals(List.of(
                "seeds/a.md:5:5: warning: link to 'Javascript:alert(1)' is not made: links go only to http(s), mailto:, tel: and relative addresses",
                "seeds/a.md:5:37: warning: image 'file:///home/map.png' is left out: images come only from http(s), relative and data: image addresses"),
                reported());
    }

    @Test
    void anUpdateLaterThanTheDateIsTheLastModification() {
        Article a = article("---\ntitle: A\ndate: 2013-07-01\nupdated: 2013-07-03\n---\nText.\n");
        assertEquals("2013-07-03", a.lastModified(CONFIG.zone()).iso());
    }

    @Test
    void anUpdateBeforeTheDateIsAWarningAndTheDateIsUsed() {
        Optional<Article> b = read("a.md", "---\ntitle: A\ndate: 2013-07-03\nupdated: 2013-07-01\n---\nText.\n");
        assertEquals("2013-07-03", b.orElseThrow().lastModified(CONFIG.zone()).iso());
        assertEquals(List.of("seeds/a.md:4:10: warning: updated 2013-07-01 is before the date 2013-07-03; the date is used"),
                reported());
    }

    @Test
    void anUpdateLessPreciseThanTheDateIsNotBeforeIt() {
        read("a.md", "---\ntitle: A\ndate: 1994-03-15\nupdated: 1994-03\n---\nText.\n").orElseThrow();
        read("b.md", "---\ntitle: B\ndate: 2013-07-01T10:00:00+06:00\nupdated: 2013-07-01\n---\nText.\n").orElseThrow();
        Article c = read("c.md", "---\ntitle: C\ndate: 2013-07-01T10:00:00+06:00\nupdated: 2013-07-01T10:00:00+06:00\n---\nText.\n")
                .orElseThrow();
        assertEquals(List.of(), reported(), "a month holds its days, a day its hours, and a moment is not before itself");
        assertTrue(c.updated().isPresent());
    }

    @Test
    void anUpdateEarlyOnThePublicationDayIsTheLastModification() {
        Article a = article("---\ntitle: A\ndate: 2013-07-01\nupdated: 2013-07-01T03:00:00+06:00\n---\nText.\n");
        assertEquals("2013-07-01T03:00+06:00", a.lastModified(CONFIG.zone()).iso());
    }

    @Test
    void aLiveBlogLastChangedWithItsNewestTimedUpdateEvenWhenItsUpdatedKeyWasNotMoved() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\nupdated: 2013-07-01T12:00:00+06:00\ntype: live\n---\nIntro.\n\n"
                + "## Later\n\n*14:05*\n\nText.\n\n## Undated\n\nText.\n\n## Earlier\n\n*09:30*\n\nText.\n");
        assertEquals("2013-07-01T14:05+06:00", a.lastModified(CONFIG.zone()).iso());
        assertEquals("2013-07-01T12:00+06:00", a.updated().orElseThrow().iso(), "the page's 'Updated' is still what was written");
        Article plain = article("---\ntitle: A\ndate: 2013-07-01\n---\n## Heading\n\n*14:05*\n\nText.\n");
        assertEquals("2013-07-01", plain.lastModified(CONFIG.zone()).iso(), "an article that is not live has no updates");
    }

    @Test
    void anUpdateIdNeverRepeatsAHeadingIdInTheBody() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n### Reaction\n\nIntro.\n\n## Reaction\n\nText.\n");
        Document intro = Jsoup.parseBodyFragment(a.body().value());
        assertTrue(intro.getElementById(a.updates().get(0).id()) == null,
                "update id " + a.updates().get(0).id() + " also in " + a.body().value());
    }

    @Test
    void anUpdatesHeadingIdNeverRepeatsAHeadingIdInTheBody() {
        // The template gives an update's heading the id UPDATE-title, which its aria-labelledby names.
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n### Same title\n\nIntro.\n\n## Same\n\nText.\n");
        Document intro = Jsoup.parseBodyFragment(a.body().value());
        String id = a.updates().get(0).id();
        assertTrue(intro.getElementById(id + "-title") == null, "update heading id " + id + "-title also in " + a.body().value());
    }

    @Test
    void textReadInTheWrongEncodingBeforeItWasSavedIsWarnedAboutWhereItStarts() {
        Optional<Article> a = read("a.md", "---\ntitle: A\ndate: 2013-07-01\n---\nIntro.\n\nCameronâ€™s visit cost Â£700m.\n");
        assertTrue(a.isPresent(), "a warning: the article is built");
        assertEquals(List.of("seeds/a.md:7:8: warning: 'â€™' looks like text saved again after being read in the wrong encoding"
                + " (’ reads â€™, é reads Ã©), and 1 more like it below: paste it again from its source, or replace such runs"),
                reported(), "the first, and how many more: all mended in one round");
        read("b.md", "---\ntitle: B\ndate: 2013-07-01\n---\nLunch at the château cost £700 — Ã  la carte.\n").orElseThrow();
        assertEquals(1, reported().size(), "â, Ã and £ in their own right are text");
    }

    @Test
    void textReadInTheWrongEncodingInTheFrontMatterIsWarnedAboutThereToo() {
        read("a.md", "---\ntitle: \"Cameronâ€™s visit\"\ndate: 2013-07-01\ntags: [Â£700m deals]\n---\nCameron’s visit.\n").orElseThrow();
        assertEquals(List.of("seeds/a.md:2:16: warning: 'â€™' looks like text saved again after being read in the wrong encoding"
                + " (’ reads â€™, é reads Ã©), and 1 more like it below: paste it again from its source, or replace such runs"), reported(),
                "the first run in the front matter, at its column; the body is clean");
        read("b.md", "---\ntitle: Visit\ndate: 2013-07-01\ntags:\n  - Â£700m deals\n---\nCameronâ€™s visit.\n").orElseThrow();
        assertEquals(List.of("seeds/b.md:5:5:", "seeds/b.md:7:8:"),
                reported().subList(1, 3).stream().map(p -> p.substring(0, p.indexOf(" "))).toList(), "one in each part");
    }

    // ---- content rules: update days, empty titles and fields, years ----

    @Test
    void aBareTimeInALiveBlogPastMidnightIsOnTheNextDay() {
        Article a = article("---\ntitle: Live\ndate: 2026-12-03T23:10:00+05:00\ntype: live\n---\nIntro.\n\n"
                + "## After midnight\n\n*00:20*\n\nNewer.\n\n## First update\n\n*23:10*\n\nOlder.\n");
        assertEquals(List.of("2026-12-04T00:20+05:00", "2026-12-03T23:10+05:00"),
                a.updates().stream().map(u -> u.date().orElseThrow().iso()).toList());
    }

    @Test
    void anUpdateDatedOutOfOrderIsAWarningAtItsMetadataLine() {
        Article a = read("a.md", "---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## Later\n\n*2013-06-30*\n\nText.\n")
                .orElseThrow();
        assertEquals("2013-06-30", a.updates().get(0).date().orElseThrow().iso(), "a warning: the date is kept");
        assertEquals(List.of("seeds/a.md:8:1: warning: update dated 2013-06-30 is before the blog's own date 2013-07-01;"
                + " check the two dates"), reported());
    }

    @Test
    void aSecondTimeInAnUpdatesMetadataLineIsUsedWithAWarning() {
        Article a = read("a.md", "---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## Later\n\n*25:99; topics: trade; 14:00*\n\nText.\n")
                .orElseThrow();
        assertEquals("2013-07-01T14:00+06:00", a.updates().get(0).date().orElseThrow().iso());
        assertEquals(List.of("seeds/a.md:8:1: warning: '25:99' is not the only time in this update's metadata line;"
                + " the last, '14:00', is used"), reported());
    }

    @Test
    void anUpdateWithAnEmptyHeadingIsAnErrorAtItsLine() {
        String p = onlyProblem("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\nIntro.\n\n## Arrival\n\nA.\n\n## \n\nB.\n");
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:12:1: live update has no title"
                + " (write its headline after the ##, as in ## Cameron lands in Astana)", p);
    }

    @Test
    void anUpdateHeadingHoldingOnlyAPinnedIdHasNoTitle() {
        String p = onlyProblem("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## {#arrival}\n\nA.\n");
        assertTrue(p.startsWith("seeds/2013-07-01-cameron-in-astana.md:6:1: live update has no title"), p);
    }

    @Test
    void updatesTitledWithoutLettersOrDigitsGetCleanNumberedIds() {
        Article a = article("---\ntitle: Live\ndate: 2013-07-01\ntype: live\n---\n## 🎉\n\nA.\n\n## 🎉🎉\n\nB.\n\n## !!!\n\nC.\n");
        assertEquals(List.of("update", "update-2", "update-3"), ids(a));
    }

    @Test
    void emptyOptionalTextIsLeftOutWithAWarningAtItsValue() {
        Article a = read("a.md", "---\ntitle: A\ndate: 2013-07-01\nauthor: \"\"\nsource: \"  \"\nsource_url: \"\"\n"
                + "dateline: \"\\u200B\"\nsummary: \"\"\n---\nThe first paragraph.\n").orElseThrow();
        assertEquals(Optional.empty(), a.author());
        assertEquals(Optional.empty(), a.source());
        assertEquals(Optional.empty(), a.sourceUrl());
        assertEquals(Optional.empty(), a.dateline());
        assertEquals("The first paragraph.", a.summary());
        assertEquals(List.of("seeds/a.md:4:9: warning: 'author' is empty and is ignored",
                "seeds/a.md:5:9: warning: 'source' is empty and is ignored",
                "seeds/a.md:6:13: warning: 'source_url' is empty and is ignored",
                "seeds/a.md:7:11: warning: 'dateline' is empty and is ignored",
                "seeds/a.md:8:10: warning: 'summary' is empty and is ignored"), reported());
    }

    @Test
    void anOptionalTextKeyWithNoValueIsLeftOutWithAWarning() {
        Article a = read("a.md", "---\ntitle: A\ndate: 2013-07-01\nauthor:\n---\nText.\n").orElseThrow();
        assertEquals(Optional.empty(), a.author());
        assertEquals(1, reported().size(), reported().toString());
        assertTrue(reported().get(0).startsWith("seeds/a.md:4:") && reported().get(0).endsWith("warning: 'author' is empty and is ignored"),
                reported().toString());
    }

    @Test
    void aDateBeforeTheYear1000IsAnErrorAtTheValue() {
        assertEquals("seeds/2013-07-01-cameron-in-astana.md:3:7: date '0000-01-01' is outside the years 1000 to 9999"
                + " (feeds and sitemaps write a year in four digits, counted in UTC)",
                onlyProblem("---\ntitle: A\ndate: 0000-01-01\n---\nText.\n"));
    }

    @Test
    void aDateOutsideTheYearsOnceInUtcIsAnErrorToo() {
        // 00:00 on 1 January 1000 in Almaty (local mean time, +05:07:48) is 31 December 999 in UTC.
        assertTrue(onlyProblem("---\ntitle: A\ndate: 2013-07-01\nupdated: 1000-01-01\n---\nText.\n")
                .startsWith("seeds/2013-07-01-cameron-in-astana.md:4:10: updated '1000-01-01' is outside the years 1000 to 9999"));
    }

    @Test
    void anEventDatedAfterTheYear9999IsAnError() {
        String p = onlyProblem("---\ntitle: A\ndate: 2013-07-01\nevents:\n  - {date: \"9999-12-31T23:00:00-05:00\", title: E}\n---\nText.\n");
        assertTrue(p.startsWith("seeds/2013-07-01-cameron-in-astana.md:5:") && p.contains("date '9999-12-31T23:00:00-05:00' is outside"), p);
    }
}
