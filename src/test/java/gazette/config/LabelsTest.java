package gazette.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Features tested: the built-in tables (English, Russian) chosen by the language's primary subtag,
 * English as the fallback for a language or key not covered, a site's own labels over both, and
 * CLDR plural forms (Russian one/few/many, 11–14 included).
 */
class LabelsTest {

    private static String count(Labels labels, String key, long n) {
        return labels.counted(key, n).replace("{count}", Long.toString(n));
    }

    @Test
    void russianCountsTakeTheFormCldrGivesTheNumber() {
        Labels ru = Labels.of("ru-RU", Map.of());
        assertEquals("1 материал", count(ru, "count.articles", 1));
        assertEquals("2 материала", count(ru, "count.articles", 2));
        assertEquals("4 материала", count(ru, "count.articles", 4));
        assertEquals("5 материалов", count(ru, "count.articles", 5));
        assertEquals("11 материалов", count(ru, "count.articles", 11));
        assertEquals("12 материалов", count(ru, "count.articles", 12));
        assertEquals("14 материалов", count(ru, "count.articles", 14));
        assertEquals("21 материал", count(ru, "count.articles", 21));
        assertEquals("22 материала", count(ru, "count.articles", 22));
        assertEquals("0 материалов", count(ru, "count.articles", 0));
        assertEquals("111 материалов", count(ru, "count.articles", 111));
        assertEquals("101 материал", count(ru, "count.articles", 101));
    }

    @Test
    void englishCountsHaveOneAndOther() {
        Labels en = Labels.of("en-GB", Map.of());
        assertEquals("1 article", count(en, "count.articles", 1));
        assertEquals("21 articles", count(en, "count.articles", 21));
        assertEquals("0 articles", count(en, "count.articles", 0));
    }

    @Test
    void aLanguageWithoutATableIsEnglishUntilTheSiteSaysOtherwise() {
        Labels de = Labels.of("de", Map.of("nav.timeline", "Chronik", "count.articles.one", "ein Artikel",
                "count.articles.other", "{count} Artikel"));
        assertEquals("Chronik", de.text("nav.timeline"));
        assertEquals("Topics", de.text("nav.topics"));
        assertEquals("ein Artikel", count(de, "count.articles", 1));
        assertEquals("3 Artikel", count(de, "count.articles", 3));
        assertEquals("3 updates", count(de, "count.updates", 3));
    }

    @Test
    void aSitesLabelReplacesOneFormAndKeepsTheOthers() {
        Labels ru = Labels.of("ru", Map.of("count.articles.many", "{count} статей"));
        assertEquals("5 статей", count(ru, "count.articles", 5));
        assertEquals("2 материала", count(ru, "count.articles", 2));
    }

    @Test
    void aLanguageGivingOnlyTheOtherFormUsesItForEveryNumber() {
        Labels ja = Labels.of("ja", Map.of("count.articles.other", "{count}件の記事"));
        assertEquals("1件の記事", count(ja, "count.articles", 1));
    }

    @Test
    void placeholdersAreFilledOnceAndUnknownOnesStay() {
        Labels en = Labels.english();
        assertEquals("Trade – Site {x}", en.format("page.title", Map.of("page", "Trade", "site", "Site {x}")));
        assertEquals("{page} – S", en.format("page.title", Map.of("site", "S")));
    }

    @Test
    void anUnknownKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Labels.english().text("nav.timelin"));
        assertThrows(IllegalArgumentException.class, () -> Labels.english().text("count.articles"));
    }

    /** A translation that left a key out, or a {placeholder}, would show English or lose a value. */
    @Test
    void theRussianTableCoversEveryEnglishLabelWithItsPlaceholders() {
        Labels en = Labels.english();
        Labels ru = Labels.of("ru", Map.of());
        for (String key : Labels.keys()) {
            if (Labels.isText(key)) {
                assertTrue(ru.local().containsKey(key), key);
                assertEquals(Labels.placeholders(en.text(key)), Labels.placeholders(ru.text(key)), key);
            }
        }
        for (String key : Labels.keys()) {
            int dot = key.lastIndexOf('.');
            String base = key.substring(0, dot);
            if (Labels.isCounted(base) && PluralRule.EAST_SLAVIC.forms().contains(key.substring(dot + 1))) {
                assertTrue(ru.local().containsKey(key), key);
                assertEquals(Labels.placeholders(en.counted(base, 5)), Labels.placeholders(ru.local().get(key)), key);
            }
        }
    }

    @Test
    void ukrainianAndBelarusianCountAsRussianDoes() {
        for (String tag : Set.of("uk", "be", "ru-KZ")) {
            assertEquals("few", PluralRule.of(tag).form(23), tag);
            assertEquals("many", PluralRule.of(tag).form(13), tag);
        }
    }

    /** English words count by English rules, whatever the site's language counts by: 21 is "one" in Ukrainian, not in English. */
    @Test
    void englishWordsOnASiteInAnotherLanguageCountAsEnglishDoes() {
        for (String tag : List.of("uk", "be", "zh", "ja", "de")) {
            Labels labels = Labels.of(tag, Map.of());
            assertEquals("1 article", count(labels, "count.articles", 1), tag);
            assertEquals("21 articles", count(labels, "count.articles", 21), tag);
            assertEquals("2 articles", count(labels, "count.articles", 2), tag);
            assertEquals("11 new updates.", count(labels, "live.newUpdates", 11), tag);
        }
    }

    @Test
    void aSitesOtherFormStandsInForTheFormsItLacksAndEnglishOnlyWhenItHasNone() {
        Labels uk = Labels.of("uk", Map.of("count.articles.one", "{count} стаття", "count.articles.other", "{count} статті",
                "count.updates.one", "{count} запис"));
        assertEquals("21 стаття", count(uk, "count.articles", 21));
        assertEquals("5 статті", count(uk, "count.articles", 5), "the site's own other form, in Ukrainian");
        assertEquals("21 запис", count(uk, "count.updates", 21));
        assertEquals("5 updates", count(uk, "count.updates", 5), "no Ukrainian word for 5: English's, by English rules");
        assertEquals("1 live update", count(uk, "count.liveUpdates", 1));
    }

    /** search.js and live.js count what the page hands them by its language, their own English by English rules. */
    @Test
    void theScriptsAreHandedOnlyTheWordsInTheSitesLanguage() {
        assertEquals(Map.of(), Labels.of("uk", Map.of()).forScripts());
        assertFalse(Labels.of("uk", Map.of()).scriptsNeedLabels(), "English words: the scripts' own, counted as English");
        assertEquals(Map.of("search.found", Map.of("one", "{count} результат для {query}.")),
                Labels.of("uk", Map.of("search.found.one", "{count} результат для {query}.")).forScripts());
        Map<String, Object> ru = Labels.of("ru", Map.of()).forScripts();
        assertEquals(Labels.SCRIPT_KEYS.size(), ru.size());
        assertEquals(List.of("one", "few", "many", "other"), List.copyOf(((Map<?, ?>) ru.get("search.found")).keySet()));
    }

    @Test
    void ukrainianCountsWithOneFewAndManyAndItsOtherIsForFractions() {
        assertEquals(List.of("one", "few", "many"), PluralRule.of("uk").wholeForms());
        assertEquals(List.of("one", "other"), PluralRule.of("de").wholeForms());
        assertEquals(List.of("other"), PluralRule.of("zh").wholeForms());
        assertEquals("Ukrainian", PluralRule.languageName("uk-UA"));
    }
}
