package gazette.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which plural form a whole number takes in a language, by the CLDR cardinal rules (the forms
 * {@code one}, {@code few}, {@code many}, {@code other}). The JDK has no public API for them and
 * ICU4J is 14 MB for a handful of rules, so the rules of the languages Gazette knows are written out
 * here; any other language counts as English does (1 is {@code one}, the rest {@code other}). Browsers
 * choose with {@code Intl.PluralRules}, which follows the same CLDR rules.
 */
public enum PluralRule {
    /** English, German, Kazakh and most others: 1 is {@code one}, every other number {@code other}. */
    ONE_OTHER(List.of("one", "other")),
    /** Russian, Ukrainian, Belarusian: 1, 21, 31… {@code one}; 2–4, 22–24… {@code few}; 0, 5–20, 25–30… {@code many}. */
    EAST_SLAVIC(List.of("one", "few", "many", "other")),
    /** Chinese, Japanese, Korean and others that do not inflect for number. */
    OTHER_ONLY(List.of("other"));

    /** Every CLDR plural form, in CLDR's order: the suffixes a counted label's keys may carry. */
    public static final List<String> ALL_FORMS = List.of("zero", "one", "two", "few", "many", "other");

    private static final Set<String> EAST_SLAVIC_LANGUAGES = Set.of("ru", "uk", "be");
    private static final Set<String> UNINFLECTED = Set.of("zh", "ja", "ko", "th", "vi", "id", "ms", "lo", "my", "km");

    private final List<String> forms;

    PluralRule(List<String> forms) {
        this.forms = forms;
    }

    /** The rule of a BCP 47 language tag, by its primary subtag. */
    public static PluralRule of(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        if (EAST_SLAVIC_LANGUAGES.contains(language)) {
            return EAST_SLAVIC;
        }
        return UNINFLECTED.contains(language) ? OTHER_ONLY : ONE_OTHER;
    }

    /** The forms this rule chooses among for whole numbers and fractions, {@code other} last. */
    public List<String> forms() {
        return forms;
    }

    /**
     * The forms whole numbers take, which a counted label needs (counts are whole): Russian's
     * {@code other} is for fractions alone, so {@code one}, {@code few} and {@code many} here.
     */
    public List<String> wholeForms() {
        return this == EAST_SLAVIC ? forms.subList(0, 3) : forms;
    }

    /** The English name of a language tag's language ("Ukrainian"), for messages; the tag itself when Java has none. */
    public static String languageName(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String name = locale.getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() || name.equals(locale.getLanguage()) ? "'" + languageTag + "'" : name;
    }

    /** The form of a whole number. */
    public String form(long n) {
        long abs = Math.abs(n);
        return switch (this) {
            case ONE_OTHER -> abs == 1 ? "one" : "other";
            case OTHER_ONLY -> "other";
            case EAST_SLAVIC -> {
                long last = abs % 10;
                long lastTwo = abs % 100;
                if (last == 1 && lastTwo != 11) {
                    yield "one";
                }
                yield last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
            }
        };
    }

    /** Whether {@code one} means the number 1 alone, so its label may spell the number out ("ein Artikel"). */
    boolean oneIsOnlyOne() {
        return this == ONE_OTHER;
    }
}
