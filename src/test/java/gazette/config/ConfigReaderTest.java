package gazette.config;

import gazette.diag.Problem;
import gazette.diag.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading gazette.yml: a full config, the defaults, and every mistake reported as gazette.yml:LINE:COL. */
class ConfigReaderTest {
    @TempDir
    Path dir;

    private final Problems problems = new Problems(100);

    private Optional<SiteConfig> read(String yaml) throws IOException {
        return readBytes(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<SiteConfig> readBytes(byte[] bytes) throws IOException {
        Path file = dir.resolve("gazette.yml");
        Files.write(file, bytes);
        return ConfigReader.read(file, "gazette.yml", problems);
    }

    private List<String> reported() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    /** Reads a config expected to fail with exactly one problem, and returns it as printed. */
    private String onlyProblem(String yaml) throws IOException {
        Optional<SiteConfig> config = read(yaml);
        assertTrue(config.isEmpty(), "a config with errors must not be returned");
        assertEquals(1, problems.all().size(), reported().toString());
        return reported().get(0);
    }

    @Test
    void readsEveryKeyOfAFullConfig() throws IOException {
        SiteConfig c = read("""
                title: "UK–Kazakhstan"
                description: News coverage.
                language: en-GB
                baseUrl: https://news.example.org/uk-kazakhstan
                timezone: Asia/Almaty
                cname: news.example.org
                homeLatest: 5
                topics:
                  - id: trade
                    title: Trade
                    description: Deals.
                    keywords: [Trade, Joint Venture]
                  - id: human-rights
                    title: Human rights
                import:
                  furniture:
                    - '^Share this'
                """).orElseThrow(() -> new AssertionError(reported()));
        assertEquals("UK–Kazakhstan", c.title());
        assertEquals("News coverage.", c.description());
        assertEquals("en-GB", c.language());
        assertEquals("https://news.example.org/uk-kazakhstan/", c.baseUrl().value());
        assertEquals(ZoneId.of("Asia/Almaty"), c.zone());
        assertEquals(Optional.of("news.example.org"), c.cname());
        assertEquals(5, c.homeLatest());
        assertEquals(List.of("trade", "human-rights"), c.topics().stream().map(t -> t.id().value()).toList());
        assertEquals(List.of("trade", "joint venture"), c.topics().get(0).keywords());
        assertEquals("Deals.", c.topics().get(0).description());
        assertEquals("Human rights", c.topics().get(1).title());
        assertEquals(List.of("^Share this"), c.importFurniture());
        assertEquals("trade, human-rights", c.topicIds());
        assertEquals(List.of(), reported());
    }

    @Test
    void onlyATitleGivesTheDefaults() throws IOException {
        SiteConfig c = read("title: News\n").orElseThrow();
        assertEquals("http://localhost:8080/", c.baseUrl().value());
        assertEquals(ZoneId.of("UTC"), c.zone());
        assertEquals("en", c.language());
        assertEquals(10, c.homeLatest());
        assertEquals(List.of(), c.topics());
        assertEquals(Optional.empty(), c.cname());
        assertEquals(List.of(), c.importFurniture());
    }

    @Test
    void aMissingTitleIsReported() throws IOException {
        assertEquals("gazette.yml:1:1: missing required key 'title'", onlyProblem("description: x\n"));
    }

    @Test
    void aBaseUrlThatIsNotHttpIsReportedAtItsValue() throws IOException {
        assertEquals("gazette.yml:2:10: 'ftp://example.org/' is not an http(s) URL"
                        + " (for example https://example.github.io/uk-kazakhstan/)",
                onlyProblem("title: News\nbaseUrl: ftp://example.org/\n"));
    }

    @Test
    void aBaseUrlWithAQueryOrFragmentIsReportedAsSuch() throws IOException {
        assertEquals("gazette.yml:2:10: 'https://example.org/news/?page=1' has a ?query or #fragment, which the address"
                        + " of a site's root can not have (for example https://example.github.io/uk-kazakhstan/)",
                onlyProblem("title: News\nbaseUrl: https://example.org/news/?page=1\n"));
    }

    @Test
    void aBaseUrlWithAFragmentIsReportedAsSuch() throws IOException {
        assertTrue(onlyProblem("title: News\nbaseUrl: https://example.org/#top\n").contains("'https://example.org/#top' has a ?query or #fragment"));
    }

    @Test
    void aBaseUrlWithoutAHostIsReported() throws IOException {
        assertTrue(onlyProblem("title: News\nbaseUrl: example.org/news\n").startsWith("gazette.yml:2:10: "));
    }

    @Test
    void anUnknownTimeZoneIsReportedAtItsValue() throws IOException {
        assertEquals("gazette.yml:3:11: 'Mars/Olympus' is not a time zone (for example Europe/London or Asia/Almaty)",
                onlyProblem("title: News\n\ntimezone: Mars/Olympus\n"));
    }

    @Test
    void aTopicIdWithCapitalsOrSpacesIsReportedAtTheId() throws IOException {
        assertEquals("gazette.yml:3:9: topic id 'Human Rights' must be lower-case letters, digits and hyphens"
                        + " (for example human-rights)",
                onlyProblem("title: News\ntopics:\n  - id: Human Rights\n    title: Human rights\n"));
    }

    @Test
    void aTopicGivenTwiceIsReportedAtTheSecond() throws IOException {
        assertEquals("gazette.yml:5:9: topic id 'trade' is given twice", onlyProblem("""
                title: News
                topics:
                  - id: trade
                    title: Trade
                  - id: trade
                    title: Trade again
                """));
    }

    @Test
    void aTopicWithoutATitleIsReported() throws IOException {
        assertEquals("gazette.yml:3:5: missing required key 'title'", onlyProblem("title: News\ntopics:\n  - id: trade\n"));
    }

    @Test
    void anUnknownTopicKeyIsReportedWithTheKnownOnes() throws IOException {
        assertEquals("gazette.yml:5:5: unknown key 'keyword' (did you mean 'keywords'? known keys: description, id, keywords, title)",
                onlyProblem("title: News\ntopics:\n  - id: trade\n    title: Trade\n    keyword: deal\n"));
    }

    @Test
    void aBadFurniturePatternIsReportedAtThePattern() throws IOException {
        String p = onlyProblem("title: News\nimport:\n  furniture:\n    - '^Share'\n    - '(unclosed'\n");
        assertTrue(p.startsWith("gazette.yml:5:7: bad furniture pattern: "), p);
    }

    @Test
    void anUnknownTopLevelKeyIsReportedAtTheKey() throws IOException {
        assertEquals("gazette.yml:2:1: unknown key 'base_url' (did you mean 'baseUrl'? known keys: baseUrl, cname, description, homeLatest, "
                + "import, labels, language, timezone, title, topics)", onlyProblem("title: News\nbase_url: https://x.org/\n"));
    }

    @Test
    void aBadCnameIsReported() throws IOException {
        assertEquals("gazette.yml:2:8: 'https://news.example.org' is not a host name (for example news.example.org)",
                onlyProblem("title: News\ncname: https://news.example.org\n"));
    }

    @Test
    void homeLatestOutOfRangeIsReported() throws IOException {
        assertEquals("gazette.yml:2:13: 'homeLatest' must be a whole number from 1 to 1000",
                onlyProblem("title: News\nhomeLatest: 0\n"));
    }

    @Test
    void aBadLanguageTagIsReported() throws IOException {
        assertTrue(onlyProblem("title: News\nlanguage: english_uk\n").startsWith("gazette.yml:2:11: 'english_uk' is not a language tag"));
    }

    @Test
    void everyMistakeIsReportedInOneRead() throws IOException {
        assertTrue(read("title: News\nbaseUrl: nope\ntimezone: Nowhere\ncname: x\n").isEmpty());
        assertEquals(List.of(2, 3, 4), problems.all().stream().map(Problem::line).toList());
    }

    @Test
    void aYamlSyntaxErrorIsReportedAtItsLineAndColumn() throws IOException {
        String p = onlyProblem("title: News\ndescription: Britain: and Kazakhstan\n");
        assertTrue(p.startsWith("gazette.yml:2:21: malformed YAML"), p);
    }

    @Test
    void aDuplicateKeyIsReported() throws IOException {
        assertEquals("gazette.yml:3:1: duplicate key 'title' (first given on line 1)", onlyProblem("title: A\nlanguage: en\ntitle: B\n"));
    }

    @Test
    void aConfigThatIsAListIsReported() throws IOException {
        assertEquals("gazette.yml:1:1: configuration must be a YAML mapping of keys to values", onlyProblem("- title\n"));
    }

    @Test
    void anEmptyConfigIsReported() throws IOException {
        assertEquals("gazette.yml:1:1: configuration must be a YAML mapping of keys to values", onlyProblem(""));
    }

    @Test
    void aMissingFileIsReportedWithAHint() {
        assertTrue(ConfigReader.read(dir.resolve("gazette.yml"), "gazette.yml", problems).isEmpty());
        assertEquals(List.of("gazette.yml:1:1: configuration file not found (run gazette from the site's folder or pass --config; a new site needs only a gazette.yml holding its title, such as: title: Our coverage)"),
                reported());
    }

    @Test
    void aLatin1ConfigIsReportedAsNotUtf8() throws IOException {
        assertTrue(readBytes("title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());
        assertEquals(List.of("gazette.yml:1:1: configuration is not valid UTF-8"), reported());
    }

    @Test
    void aBaseUrlsSchemeAndHostAreReadInAnyCaseAndItsPathAsWritten() throws IOException {
        assertEquals("https://example.org/News/", read("title: News\nbaseUrl: HTTPS://Example.ORG/News\n").orElseThrow().baseUrl().value());
        assertEquals("http://example.org:8080/a%20b/", read("title: News\nbaseUrl: Http://EXAMPLE.org:8080/a%20b/\n").orElseThrow().baseUrl().value());
        assertEquals(List.of(), reported());
    }

    @Test
    void windowsLineEndsReadTheSame() throws IOException {
        SiteConfig c = read("title: News\r\ntimezone: Europe/London\r\nbaseUrl: https://x.org/a\r\n").orElseThrow();
        assertEquals(ZoneId.of("Europe/London"), c.zone());
        assertEquals("https://x.org/a/", c.baseUrl().value());
    }

    @Test
    void windowsLineEndsKeepProblemLines() throws IOException {
        assertTrue(onlyProblem("title: News\r\n\r\ntimezone: Nowhere\r\n").startsWith("gazette.yml:3:11: "));
    }

    @Test
    void aByteOrderMarkIsIgnored() throws IOException {
        byte[] text = "title: News\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals("News", readBytes(withBom).orElseThrow(() -> new AssertionError(reported())).title());
    }

    @Test
    void baseUrlGetsATrailingSlash() {
        assertEquals("https://example.github.io/uk-kazakhstan/",
                BaseUrl.parse("https://example.github.io/uk-kazakhstan").orElseThrow().value());
        assertEquals("https://example.org/", BaseUrl.parse("https://example.org").orElseThrow().value());
        assertEquals("https://example.org/", BaseUrl.parse("https://example.org/").orElseThrow().value());
    }

    @Test
    void baseUrlDotSegmentsAreResolvedAsABrowserResolvesThem() {
        assertEquals("https://example.org/y/", BaseUrl.parse("https://example.org/./x/../y/").orElseThrow().value());
        assertEquals("https://example.org/y/", BaseUrl.parse("https://example.org/../y").orElseThrow().value());
        assertEquals("https://example.org/", BaseUrl.parse("https://example.org/..").orElseThrow().value());
        assertEquals("https://example.org/a/", BaseUrl.parse("https://example.org/a/b/..").orElseThrow().value());
    }

    @Test
    void baseUrlPathIsWhereThe404PageLinksFrom() {
        assertEquals("/uk-kazakhstan/", BaseUrl.parse("https://example.github.io/uk-kazakhstan").orElseThrow().path());
        assertEquals("/", BaseUrl.parse("https://example.org").orElseThrow().path());
    }

    @Test
    void baseUrlResolvesSitePaths() {
        assertEquals("https://example.github.io/uk-kazakhstan/topics/trade/feed.xml",
                BaseUrl.parse("https://example.github.io/uk-kazakhstan").orElseThrow().resolve("topics/trade/feed.xml"));
    }

    @Test
    void baseUrlRefusesOtherSchemesQueriesAndFragments() {
        assertTrue(BaseUrl.parse("example.org").isEmpty());
        assertTrue(BaseUrl.parse("ftp://example.org/").isEmpty());
        assertTrue(BaseUrl.parse("javascript:alert(1)").isEmpty());
        assertTrue(BaseUrl.parse("https://example.org/?x=1").isEmpty());
        assertTrue(BaseUrl.parse("https://example.org/#top").isEmpty());
        assertTrue(BaseUrl.parse("https://exa mple.org/").isEmpty());
    }

    @Test
    void openGraphsLocaleIsLanguageAndTerritoryOrNothing() throws IOException {
        assertEquals(Optional.of("en_GB"), read("title: News\nlanguage: en-GB\n").orElseThrow().openGraphLocale());
        assertEquals(Optional.of("kk_KZ"), read("title: News\nlanguage: kk-Cyrl-KZ\n").orElseThrow().openGraphLocale());
        for (String none : new String[] {"ar", "zh-Hans", "es-419"}) {
            assertEquals(Optional.empty(), read("title: News\nlanguage: " + none + "\n").orElseThrow().openGraphLocale(), none);
        }
    }

    @Test
    void theLanguageGivesTheWritingDirection() throws IOException {
        for (String rtl : new String[] {"ar", "he", "fa-IR", "ur", "az-Arab", "yi"}) {
            assertEquals("rtl", read("title: News\nlanguage: " + rtl + "\n").orElseThrow().direction(), rtl);
        }
        for (String ltr : new String[] {"en-GB", "kk", "ru", "zh-Hans", "ku-Latn", "tr"}) {
            assertEquals("ltr", read("title: News\nlanguage: " + ltr + "\n").orElseThrow().direction(), ltr);
        }
    }

    @Test
    void anUnknownLabelIsAWarningNamingTheNearestKnownOne() throws IOException {
        Optional<SiteConfig> config = read("title: News\nlanguage: ru\nlabels:\n  nav.timelien: Летопись\n");
        assertTrue(config.isPresent(), "a warning does not stop the build");
        assertEquals(List.of("gazette.yml:4:3: warning: unknown label 'nav.timelien' (did you mean 'nav.timeline'?)"), reported());
        assertEquals("Хроника", config.get().labels().text("nav.timeline"));
    }

    @Test
    void aLabelThatIsNotTextIsAnError() throws IOException {
        assertEquals("gazette.yml:4:17: label 'nav.timeline' must be text, not a list (write \"\" for no words at all)",
                onlyProblem("title: News\nlabels:\n  nav.topics: Themen\n  nav.timeline: [a, b]\n"));
    }

    @Test
    void aLabelYamlReadsAsTrueOrANumberIsAnErrorUnlessQuoted() throws IOException {
        read("title: News\nlabels:\n  nav.timeline: true\n  count.articles.one: 3\n");
        assertEquals(List.of("gazette.yml:3:17: label 'nav.timeline' is read as true or false, not text (quote it: nav.timeline: \"true\")",
                "gazette.yml:4:23: label 'count.articles.one' is read as a number, not text (quote it: count.articles.one: \"3\")"),
                reported());
        assertEquals("2013", read("title: News\nlabels:\n  nav.timeline: \"2013\"\n").orElseThrow().labels().text("nav.timeline"));
        assertEquals("2013-07-01", read("title: News\nlabels:\n  nav.timeline: 2013-07-01\n").orElseThrow().labels().text("nav.timeline"),
                "a date is text in YAML 1.2");
    }

    @Test
    void aLabelWithNoValueIsAnError() throws IOException {
        assertTrue(onlyProblem("title: News\nlabels:\n  nav.timeline:\n").startsWith("gazette.yml:3:16: label 'nav.timeline' must be text, not empty"));
    }

    @Test
    void anEmptyLabelIsKeptWithAWarning() throws IOException {
        // The navigation then held <a href="timeline/"></a> on every page, without a word.
        SiteConfig config = read("title: News\nlabels:\n  nav.timeline: \"\"\n  nav.topics: Topics\n").orElseThrow();
        assertEquals("", config.labels().text("nav.timeline"));
        assertEquals(List.of("gazette.yml:3:17: warning: label 'nav.timeline' is empty: where it is a link's or a heading's words,"
                + " the page shows none, and screen readers read nothing"), reported());
    }

    @Test
    void aLabelLeavingOutAPlaceholderOrNamingAStrayOneIsAWarning() throws IOException {
        Optional<SiteConfig> config = read("title: News\nlanguage: de\nlabels:\n  term.description: Berichte\n"
                + "  count.articles.one: ein Artikel\n  count.articles.other: '{cuont} Artikel'\n");
        assertTrue(config.isPresent());
        assertEquals(List.of(
                "gazette.yml:4:21: warning: label 'term.description' leaves out {name}, which its English version fills in: \"Coverage that names {name}.\"",
                "gazette.yml:6:25: warning: label 'count.articles.other' leaves out {count}, which its English version fills in: \"{count} articles\"",
                "gazette.yml:6:25: warning: label 'count.articles.other' names {cuont}, which is never filled in (it has {count})"),
                reported());
    }

    @Test
    void aRussianOneFormMustKeepItsNumberFor21() throws IOException {
        read("title: News\nlanguage: ru\nlabels:\n  count.articles.one: один материал\n");
        assertEquals(List.of("gazette.yml:4:23: warning: label 'count.articles.one' leaves out {count}, which its English"
                + " version fills in: \"{count} article\""), reported());
    }

    @Test
    void labelsOverrideTheLanguagesOwn() throws IOException {
        SiteConfig c = read("title: News\nlanguage: ru\nlabels:\n  nav.timeline: Летопись\n").orElseThrow();
        assertEquals("Летопись", c.labels().text("nav.timeline"));
        assertEquals("Темы", c.labels().text("nav.topics"));
        assertEquals(List.of(), reported());
    }

    @Test
    void anOverriddenCountedLabelLackingFormsItsLanguageUsesIsAWarningAndItsOtherStandsIn() throws IOException {
        SiteConfig c = read("title: News\nlanguage: uk\nlabels:\n  count.articles.one: \"{count} стаття\"\n"
                + "  count.articles.other: \"{count} статті\"\n").orElseThrow();
        assertEquals(List.of("gazette.yml:4:3: warning: label 'count.articles' has no few, many form, which Ukrainian uses"
                + " (it counts with one, few, many): write count.articles.few: and count.articles.many:;"
                + " until then count.articles.other stands in for them"), reported());
        assertEquals("5 статті", c.labels().counted("count.articles", 5).replace("{count}", "5"));
    }

    @Test
    void aCountedLabelWithoutItsOtherFormLetsEnglishStandIn() throws IOException {
        read("title: News\nlanguage: de\nlabels:\n  count.articles.one: ein Artikel\n");
        assertEquals(List.of("gazette.yml:4:3: warning: label 'count.articles' has no other form, which German uses"
                + " (it counts with one, other): write count.articles.other:; until then the English words stand in"), reported());
    }

    @Test
    void formsTheBuiltInTableHasNeedNotBeWritten() throws IOException {
        read("title: News\nlanguage: ru\nlabels:\n  count.articles.many: \"{count} статей\"\n"
                + "  count.updates.other: \"{count} записи\"\n");
        read("title: News\nlabels:\n  count.articles.one: \"{count} story\"\n");
        read("title: News\nlanguage: uk\nlabels:\n  count.articles.one: \"{count} стаття\"\n"
                + "  count.articles.few: \"{count} статті\"\n  count.articles.many: \"{count} статей\"\n");
        assertEquals(List.of(), reported(), "Russian's and English's own forms fill in; Ukrainian's other is for fractions");
    }

    @Test
    void aFormTheLanguageDoesNotUseIsAWarningAndIgnored() throws IOException {
        SiteConfig c = read("title: News\nlanguage: de\nlabels:\n  count.articles.one: ein Artikel\n"
                + "  count.articles.few: \"{count} Artikelchen\"\n  count.articles.other: \"{count} Artikel\"\n"
                + "  count.updates.zero: keine Einträge\n").orElseThrow();
        assertEquals(List.of(
                "gazette.yml:5:3: warning: label 'count.articles.few' is a form German does not use (it uses one, other): ignored",
                "gazette.yml:7:3: warning: label 'count.updates.zero' is a form German does not use (it uses one, other): ignored"),
                reported());
        assertFalse(c.labels().local().containsKey("count.articles.few"));
        assertEquals("0 updates", c.labels().counted("count.updates", 0).replace("{count}", "0"));
    }

    @Test
    void aNestedLabelIsAnErrorThatShowsTheDottedKeys() throws IOException {
        assertEquals("gazette.yml:4:5: label 'nav' must be text, not a mapping (write one dotted key for each label,"
                + " not a nested mapping: nav.timeline: …, nav.topics: …)",
                onlyProblem("title: News\nlabels:\n  nav:\n    timeline: Chronik\n    topics: Themen\n"));
    }

    @Test
    void aCountedLabelWithoutAFormIsAWarningNamingTheFormsToWrite() throws IOException {
        read("title: News\nlanguage: uk\nlabels:\n  count.articles: \"{count} статей\"\n");
        read("title: News\nlabels:\n  count.updates: \"{count} posts\"\n");
        assertEquals(List.of(
                "gazette.yml:3:3: warning: label 'count.updates' is counted: write one key for each form English uses,"
                        + " count.updates.one: and count.updates.other:",
                "gazette.yml:4:3: warning: label 'count.articles' is counted: write one key for each form Ukrainian uses,"
                        + " count.articles.one:, count.articles.few: and count.articles.many:"), reported());
    }

    @Test
    void aLabelInOtherCaseIsAWarningNamingItInItsOwn() throws IOException {
        read("title: News\nlabels:\n  NAV.TIMELINE: Chronology\n");
        assertEquals(List.of("gazette.yml:3:3: warning: unknown label 'NAV.TIMELINE' (did you mean 'nav.timeline'?)"), reported());
    }

    @Test
    void aKeyInOtherCaseGetsTheKeyInItsOwn() throws IOException {
        read("Title: News\n");
        assertTrue(reported().contains("gazette.yml:1:1: unknown key 'Title' (did you mean 'title'? known keys: baseUrl, cname,"
                + " description, homeLatest, import, labels, language, timezone, title, topics)"), reported().toString());
    }

    @Test
    void aLanguageThatIsNoIsoLanguageIsAWarning() throws IOException {
        assertTrue(read("title: News\nlanguage: xx\n").isPresent());
        read("title: News\nlanguage: uk-UA\n");
        read("title: News\nlanguage: fil\n");
        assertEquals(List.of("gazette.yml:2:11: warning: 'xx' is not an ISO 639 language code, which browsers, screen readers"
                + " and search engines would not know (for example en-GB, ru, uk)"), reported());
    }
}
