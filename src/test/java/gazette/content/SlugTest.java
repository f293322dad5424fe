package gazette.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** URL names: what text becomes, and what can never be a slug. */
class SlugTest {

    @Test
    void aLongNameKeepsItsFirstWordsAndEndsInAHashOfTheWhole() {
        String sixtyWords = "word ".repeat(60);
        String slug = Slug.slugify(sixtyWords);
        assertTrue(Slug.isValid(slug), slug);
        assertTrue(Slug.utf8Length(slug) <= Slug.MAX_BYTES, slug);
        assertTrue(slug.matches("(word-)+[0-9a-f]{8}"), slug);
        assertEquals(slug, Slug.slugify(sixtyWords), "the same text, the same name");
        assertFalse(slug.equals(Slug.slugify(sixtyWords + "more")), "names that begin alike stay apart");
        String exactly = "a".repeat(Slug.MAX_BYTES);
        assertEquals(exactly, Slug.slugify(exactly), "a name that fits is left whole");
    }

    @Test
    void aLongNameInAnotherScriptIsCutByBytesBetweenLetters() {
        String slug = Slug.slugify("北京".repeat(60));
        assertTrue(Slug.isValid(slug) && Slug.utf8Length(slug) <= Slug.MAX_BYTES, slug);
        assertTrue(slug.startsWith("北京北京"), slug);
        String marked = Slug.slugify("नमस्ते".repeat(40));
        assertTrue(Slug.isValid(marked) && Slug.utf8Length(marked) <= Slug.MAX_BYTES, marked);
    }

    @Test
    void accentsAreDropped() {
        assertEquals("zurich-cafe", Slug.slugify("Zürich Café"));
        assertEquals("astana-ekspo", Slug.slugify("Astana Ékspo"));
    }

    @Test
    void everythingButLettersAndDigitsBecomesOneHyphen() {
        assertEquals("cameron-first-pm-in-kazakhstan", Slug.slugify("Cameron: first PM in Kazakhstan!"));
        assertEquals("a-b", Slug.slugify("  a -- b  "));
        assertEquals("uk-kazakhstan-2013", Slug.slugify("UK/Kazakhstan, 2013"));
    }

    @Test
    void apostrophesJoinTheirWords() {
        assertEquals("camerons-visit", Slug.slugify("Cameron's visit"));
        assertEquals("nazarbayevs-reply", Slug.slugify("Nazarbayev’s reply"));
    }

    @Test
    void ampersandBecomesAnd() {
        assertEquals("trade-and-rights", Slug.slugify("Trade & Rights"));
    }

    @Test
    void textWithNoLettersOrDigitsGivesNothing() {
        assertEquals("", Slug.slugify("!!!"));
        assertEquals("", Slug.slugify("🔥 ⚡"));
        assertEquals("", Slug.slugify("\u0301\u0301"), "marks with no letter to belong to");
        assertEquals("", Slug.slugify(""));
    }

    @Test
    void lettersOfOtherScriptsAreKeptLowerCasedWithTheirMarks() {
        assertEquals("北京", Slug.slugify("北京"));
        assertEquals("αθήνα-2004", Slug.slugify("Αθήνα 2004"));
        assertEquals("οδος", Slug.slugify("ΟΔΟΣ"), "a capital sigma at a word's end lower-cases to the final form");
        assertEquals("दिल्ली", Slug.slugify("दिल्ली"), "Devanagari's vowel signs are part of its letters");
        assertEquals("القاهرة", Slug.slugify("القاهرة"));
        assertEquals("서울", Slug.slugify("서울"), "Hangul syllables come back whole after being taken apart");
        assertEquals("ガイド-東京", Slug.slugify("ｶﾞｲﾄﾞ・東京"), "half-width kana in their usual form; the dot between words a hyphen");
        assertEquals("tokyo-東京", Slug.slugify("Tōkyō / 東京"));
    }

    @Test
    void latinLettersWithNoAccentToDropAreSpelledOut() {
        assertEquals("lodz", Slug.slugify("Łódź"));
        assertEquals("strasse", Slug.slugify("Straße"));
        assertEquals("oresund", Slug.slugify("Øresund"));
        assertEquals("thingvellir", Slug.slugify("Þingvellir"));
        assertEquals("aero-oeuvre", Slug.slugify("Ærø œuvre"));
    }

    @Test
    void russianAndKazakhAreWrittenInLatinLetters() {
        assertEquals("almaty", Slug.slugify("Алматы"));
        assertEquals("nursultan-nazarbayev", Slug.slugify("Нурсултан Назарбаев"));
        assertEquals("qazaqstan", Slug.slugify("Қазақстан"));
        assertEquals("shchuchinsk-zhezkazgan-yerevan", Slug.slugify("Щучинск, Жезказган, Ереван"));
        assertEquals("podyezd-moskovskiy", Slug.slugify("Подъезд «Московский»"));
        assertEquals("yizhak-yevropa", Slug.slugify("Їжак Європа"));
        assertEquals("visit-to-almaty-2013", Slug.slugify("Visit to Алматы 2013"));
    }

    @Test
    void theFileNameLosesItsDatePrefixAndExtension() {
        assertEquals("cameron-first-pm-in-kazakhstan", Slug.fromFileName("2013-06-30-cameron-first-pm-in-kazakhstan.md"));
        assertEquals("cameron", Slug.fromFileName("cameron.txt"));
        assertEquals("cameron", Slug.fromFileName("cameron"));
    }

    @Test
    void aMonthPrefixIsNotADatePrefix() {
        assertEquals("1994-03-almaty", Slug.fromFileName("1994-03-almaty.md"));
    }

    @Test
    void aMonthPrefixGoesWhenItIsTheMonthOfTheArticlesDate() {
        assertEquals("almaty", Slug.fromFileName("1994-03-almaty.md", Optional.of("1994-03")));
        assertEquals("forecast", Slug.fromFileName("2026-06-forecast.md", Optional.of("2026-06-14")));
        assertEquals("forecast", Slug.fromFileName("2026-06-forecast.md", Optional.of("2026-06-30T23:30:00-05:00")));
        assertEquals("2026-12-budget", Slug.fromFileName("2026-12-2026-12-budget.md", Optional.of("2026-12")), "once only");
        assertEquals("forecast", Slug.fromFileName("2026-06-01-forecast.md", Optional.of("2025-01")), "a day goes, as before");
    }

    @Test
    void digitsThatAreNoMonthOfTheArticleStay() {
        assertEquals("2020-21-season", Slug.fromFileName("2020-21-season.md", Optional.of("2020-08-01")));
        assertEquals("2020-21-season", Slug.fromFileName("2020-21-season.md", Optional.of("2020-21")), "no month 21");
        assertEquals("2019-12-review", Slug.fromFileName("2019-12-review.md", Optional.of("2020-01-02")));
        assertEquals("2026-06-forecast", Slug.fromFileName("2026-06-forecast.md", Optional.empty()));
        assertEquals("2026-06-forecast", Slug.fromFileName("2026-06-forecast.md", Optional.of("2026-061")));
        assertEquals("2026-06-01", Slug.fromFileName("2026-06-01.md", Optional.of("2026-06")), "a whole day is a name");
    }

    @Test
    void aFileNameIsSlugifiedToo() {
        assertEquals("cameron-in-astana", Slug.fromFileName("2013-07-01-Cameron in Astana.md"));
    }

    @Test
    void unsafeValuesAreRejected() {
        for (String bad : List.of("../x", "a/b", "", ".", "..", "A", "a--b", "-a", "a-", "a b", "a.b", "a\\b", "É", "Αθήνα",
                "e\u0301", "\u0301a", "北京/x", "北京:x", "a\u0000", "a\u200Bb", "🔥")) {
            assertFalse(Slug.isValid(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> new Slug(bad), bad);
        }
    }

    @Test
    void lowerCaseWordsWithSingleHyphensAreSlugs() {
        for (String good : List.of("a", "cameron", "cameron-first-pm", "2013", "g8-summit", "北京", "αθήνα-2004", "दिल्ली", "é")) {
            assertTrue(Slug.isValid(good), good);
            assertEquals(good, new Slug(good).value());
        }
    }

    @Test
    void slugifiedTextIsAlwaysAValidSlugOrEmpty() {
        for (String text : List.of("Zürich", "--x--", "A & B", "l'Été 2013", "100%", "Kazakhstan’s “oil”")) {
            String slug = Slug.slugify(text);
            assertTrue(slug.isEmpty() || Slug.isValid(slug), text + " -> " + slug);
        }
    }

    @Test
    void anyTextGivesAValidSlugOrNothingAndASlugSlugifiesToItself() {
        // Random text from every plane's letters, marks, digits, symbols, spaces and controls, upper-case
        // letters with no lower case among them: what a URL name may never hold must never come out.
        java.util.Random random = new java.util.Random(20130701);
        int[][] ranges = {{0x20, 0x7f}, {0x80, 0x24f}, {0x300, 0x36f}, {0x370, 0x52f}, {0x590, 0x6ff}, {0x900, 0x97f},
                {0xe00, 0xe7f}, {0x1100, 0x11ff}, {0x1e00, 0x1fff}, {0x2000, 0x2bff}, {0x3000, 0x30ff}, {0x4e00, 0x4fff},
                {0xac00, 0xad00}, {0xfb00, 0xfeff}, {0xff00, 0xffef}, {0x1d400, 0x1d7ff}, {0x1f300, 0x1f6ff}, {0, 0x2ffff}};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                int[] range = ranges[random.nextInt(ranges.length)];
                int c = range[0] + random.nextInt(range[1] - range[0]);
                if (!Character.isSurrogate((char) c) || c > 0xffff) {
                    text.appendCodePoint(c);
                }
            }
            String slug = Slug.slugify(text.toString());
            assertTrue(slug.isEmpty() || Slug.isValid(slug), text + " -> " + slug);
            assertEquals(slug, Slug.slugify(slug), text.toString());
        }
    }

    @Test
    void slugsSortAlphabetically() {
        assertTrue(new Slug("astana").compareTo(new Slug("london")) < 0);
    }
}
