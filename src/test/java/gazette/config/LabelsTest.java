package gazette.config;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
