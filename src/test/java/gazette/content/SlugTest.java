package gazette.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** URL names: what text becomes, and what can never be a slug. */
class SlugTest {

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
    void textWithNoLatinOrCyrillicLettersOrDigitsGivesNothing() {
        assertEquals("", Slug.slugify("!!!"));
        assertEquals("", Slug.slugify("北京"));
        assertEquals("", Slug.slugify("🔥 ⚡"));
        assertEquals("", Slug.slugify(""));
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
    void aFileNameIsSlugifiedToo() {
        assertEquals("cameron-in-astana", Slug.fromFileName("2013-07-01-Cameron in Astana.md"));
    }

    @Test
    void unsafeValuesAreRejected() {
        for (String bad : List.of("../x", "a/b", "", ".", "..", "A", "a--b", "-a", "a-", "a b", "a.b", "a\\b", "é")) {
            assertFalse(Slug.isValid(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> new Slug(bad), bad);
        }
    }

    @Test
    void lowerCaseWordsWithSingleHyphensAreSlugs() {
        for (String good : List.of("a", "cameron", "cameron-first-pm", "2013", "g8-summit")) {
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
    void slugsSortAlphabetically() {
        assertTrue(new Slug("astana").compareTo(new Slug("london")) < 0);
    }
}
