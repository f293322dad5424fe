package gazette.content;

import gazette.config.BaseUrl;
import gazette.config.SiteConfig;
import gazette.config.Topic;
import gazette.config.TopicId;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keyword rules: a topic applies when a keyword occurs as a whole word or phrase, in any case. */
class TopicRulesTest {

    private static TopicRules rules(Topic... topics) {
        return new TopicRules(new SiteConfig("Test", "", "en-GB", new BaseUrl("https://example.org/"), ZoneId.of("UTC"),
                List.of(topics), Optional.empty(), 10, List.of()));
    }

    private static Topic topic(String id, String... keywords) {
        return new Topic(new TopicId(id), id, "", List.of(keywords));
    }

    private static List<String> topics(TopicRules rules, String text) {
        return rules.match(text).stream().map(m -> m.topic().value()).toList();
    }

    @Test
    void aKeywordMatchesAsAWholeWord() {
        TopicRules r = rules(topic("trade", "trade"));
        assertEquals(List.of("trade"), topics(r, "Talks on trade began."));
        assertEquals(List.of("trade"), topics(r, "trade"));
        assertEquals(List.of("trade"), topics(r, "(trade)"));
    }

    @Test
    void aKeywordDoesNotMatchInsideALongerWord() {
        TopicRules r = rules(topic("trade", "trade"));
        assertEquals(List.of(), topics(r, "He trades oil."));
        assertEquals(List.of(), topics(r, "A trademark dispute."));
        assertEquals(List.of(), topics(r, "Free-trade2013"));
        assertEquals(List.of(), topics(r, "Kazakhtrade"));
    }

    @Test
    void aKeywordInsideAWebOrMailAddressDoesNotMatch() {
        TopicRules r = rules(topic("weather", "heatwave", "heatwave plan"), topic("health", "health"));
        for (String text : List.of("See https://www.example.gov.uk/heatwave-plan/protecting-health.pdf today.",
                "(https://example.org/health)", "Read it at www.example.gov.uk/heatwave.", "WWW.HEALTH.EXAMPLE",
                "Write to health@example.org.", "The plan is at gov.uk/heatwave-plan, with a health annex.pdf",
                "heatwave https://example.org/x plan, \"https://example.org/health\"")) {
            List<String> found = topics(r, text);
            assertEquals(text.startsWith("heatwave") ? List.of("weather") : text.contains("health annex") ? List.of("health")
                    : List.of(), found, text);
        }
        assertEquals(List.of("heatwave"), r.match("heatwave https://example.org/x plan").get(0).words(),
                "no phrase across an address");
    }

    @Test
    void wordsAroundAddressesAndSlashesThatAreNoAddressStillMatch() {
        TopicRules r = rules(topic("weather", "heatwave"), topic("health", "health"));
        assertEquals(List.of("weather", "health"), topics(r, "Heatwave/health advice, at https://example.org/x."));
        assertEquals(List.of("weather", "health"), topics(r, "heatwave and/or health, 24/7, 3.5/10, e.g./i.e. @health"));
        assertEquals(List.of("health"), topics(r, "東京health https://example.jp/heatwave"));
    }

    @Test
    void matchingIgnoresCase() {
        TopicRules r = rules(topic("trade", "trade"));
        assertEquals(List.of("trade"), topics(r, "TRADE MISSION"));
        assertEquals(List.of("trade"), topics(r, "Trade mission"));
    }

    @Test
    void punctuationAndHyphensEndAWord() {
        TopicRules r = rules(topic("trade", "trade"));
        assertEquals(List.of("trade"), topics(r, "a trade-off"));
        assertEquals(List.of("trade"), topics(r, "Trade, rights and security."));
    }

    @Test
    void aPhraseMatchesAcrossAnySpacing() {
        TopicRules r = rules(topic("human-rights", "human rights"));
        assertEquals(List.of("human-rights"), topics(r, "a question on Human Rights today"));
        assertEquals(List.of("human-rights"), topics(r, "on human\nrights"));
        assertEquals(List.of("human-rights"), topics(r, "on human   rights"));
        assertEquals(List.of(), topics(r, "human beings have rights"));
        assertEquals(List.of(), topics(r, "humane rights"));
    }

    @Test
    void everyMatchingTopicIsGivenInConfigOrder() {
        TopicRules r = rules(topic("trade", "oil"), topic("security", "weapons"), topic("human-rights", "torture"));
        assertEquals(List.of("trade", "security"), topics(r, "Weapons are no longer enough; oil is."));
    }

    @Test
    void theMatchedWordsExplainTheTopicInFirstSeenOrder() {
        TopicRules r = rules(topic("trade", "oil", "gas", "deal"));
        List<TopicMatch> matches = r.match("Gas and oil deals; more gas, more OIL.");
        assertEquals(1, matches.size());
        assertEquals(List.of("gas", "oil"), matches.get(0).words());
    }

    @Test
    void theLongestKeywordWinsWhereTwoOverlap() {
        TopicRules r = rules(topic("human-rights", "human rights", "human rights abuses"));
        assertEquals(List.of("human rights abuses"), r.match("reports of human rights abuses").get(0).words());
    }

    @Test
    void aTopicWithoutKeywordsIsNeverAssigned() {
        TopicRules r = rules(topic("trade"), topic("security", "security"));
        assertEquals(List.of("security"), topics(r, "trade and security"));
    }

    @Test
    void keywordsWithRegexCharactersAreMatchedLiterally() {
        TopicRules r = rules(topic("security", "u.s."), topic("trade", "c++"));
        assertEquals(List.of("security"), topics(r, "the U.S. delegation"));
        assertEquals(List.of(), topics(r, "the uks delegation"));
    }

    @Test
    void possessivesStillMatchTheName() {
        TopicRules r = rules(topic("people", "nazarbayev"));
        assertEquals(List.of("people"), topics(r, "Nazarbayev's reply"));
        assertEquals(List.of(), topics(r, "Nazarbayeva spoke"));
    }

    @Test
    void aKeywordTypedWithExtraSpacesStillMatchesItsPhrase() {
        TopicRules r = rules(topic("human-rights", "human   rights", "  "));
        assertEquals(List.of("human rights"), r.match("on Human\trights").get(0).words());
        assertEquals(List.of(), topics(r, "a  b"));
    }

    @Test
    void lettersOfOtherScriptsAndCaseFormsCount() {
        TopicRules r = rules(topic("places", "astana", "straße", "σοφία"));
        assertEquals(List.of("places"), topics(r, "ASTANA"));
        assertEquals(List.of(), topics(r, "Astanaй"), "a Cyrillic letter continues the word");
        assertEquals(List.of("places"), topics(r, "STRAßE"));
        assertEquals(List.of("places"), topics(r, "ΣΟΦΊΑ"));
        assertEquals(List.of(), topics(r, "2astana"), "a digit continues the word");
    }

    @Test
    void inScriptsWrittenWithoutSpacesAKeywordIsFoundAmongTheCharactersAroundIt() {
        TopicRules r = rules(topic("places", "東京", "กรุงเทพ", "tokyo"));
        assertEquals(List.of("places"), topics(r, "東京で会議が開かれた"), "Japanese: no space after the keyword");
        assertEquals(List.of("places"), topics(r, "首都東京"), "nor before it");
        assertEquals(List.of("places"), topics(r, "ประชุมที่กรุงเทพวันนี้"), "Thai");
        assertEquals(List.of("places"), topics(r, "Tokyo東京"), "a Latin word touching Chinese characters");
        assertEquals(List.of(), topics(r, "Tokyoite"), "a Latin keyword is still a whole word among Latin letters");
    }

    /**
     * The matcher gives what the regular expression it replaced gives: a case-insensitive
     * alternation of the keywords, longest first, between look-arounds for letters and numbers.
     */
    @Test
    void matchesLikeTheRegularExpressionOnRandomTexts() {
        String[] vocabulary = {"oil", "gas", "oil gas", "human", "rights", "human rights", "human rights abuses", "u.s.",
            "c++", "deal", "deals", "straße", "ıd", "id", "σας", "kelvin", "ab", "a"};
        String[] noise = {" ", "  ", "\n", "\t", "-", "'", ",", ".", "2", "x", "İ", "ı", "ß", "ς", "Σ", "\u212A", "é",
            "\u00A0", "Oil", "GAS", "Human", "RIGHTS", "U.S.", "C++", "Deal", "STRASSE", "ID", "ΣΑΣ", "Kelvin", "AB", "A"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 3000; round++) {
            List<String> keywords = new java.util.ArrayList<>();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                keywords.add(vocabulary[random.nextInt(vocabulary.length)]);
            }
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(25); i > 0; i--) {
                text.append(random.nextBoolean() ? vocabulary[random.nextInt(vocabulary.length)] : noise[random.nextInt(noise.length)]);
            }
            Topic topic = topic("t", keywords.toArray(String[]::new));
            assertEquals(regexMatch(topic, text.toString()), rules(topic).match(text.toString()),
                    () -> "keywords " + keywords + " in '" + text + "'");
            // With more topics, whose keywords may be the same or overlap, each matches as it would alone.
            Topic second = topic("u", vocabulary[random.nextInt(vocabulary.length)], vocabulary[random.nextInt(vocabulary.length)]);
            List<TopicMatch> expected = new java.util.ArrayList<>(regexMatch(topic, text.toString()));
            expected.addAll(regexMatch(second, text.toString()));
            assertEquals(expected, rules(topic, second).match(text.toString()),
                    () -> "keywords " + keywords + " and " + second.keywords() + " in '" + text + "'");
        }
    }

    private static List<TopicMatch> regexMatch(Topic topic, String text) {
        String alternatives = topic.keywords().stream().distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .map(k -> java.util.regex.Pattern.quote(k).replace(" ", "\\E\\s+\\Q"))
                .collect(java.util.stream.Collectors.joining("|"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(text);
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        while (m.find()) {
            words.add(m.group().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
        }
        return words.isEmpty() ? List.of() : List.of(new TopicMatch(topic.id(), List.copyOf(words)));
    }

    @Test
    void textWithNoKeywordsGetsNoTopic() {
        assertEquals(List.of(), rules(topic("trade", "trade")).match("The weather in Astana."));
    }
}
