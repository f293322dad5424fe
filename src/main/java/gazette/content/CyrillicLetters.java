package gazette.content;

import java.util.Map;

/**
 * Cyrillic letters written in Latin ones for URL names, so that a tag, a person or a place written
 * in Russian or Kazakh ("Алматы", "Нурсултан Назарбаев", "Қазақстан") gets a page of its own
 * ({@code almaty}, {@code nursultan-nazarbayev}, {@code qazaqstan}) instead of being refused. The
 * spellings are those English-language news uses, after the BGN/PCGN romanisation of Russian, with
 * the Kazakh, Ukrainian and Belarusian letters added; the text shown on the page stays as written.
 */
final class CyrillicLetters {
    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "yo"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"),
            // Kazakh
            Map.entry('ә', "a"), Map.entry('ғ', "g"), Map.entry('қ', "q"), Map.entry('ң', "n"),
            Map.entry('ө', "o"), Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('һ', "h"),
            Map.entry('і', "i"),
            // Ukrainian and Belarusian
            Map.entry('є', "ye"), Map.entry('ї', "yi"), Map.entry('ґ', "g"), Map.entry('ў', "u"));
    private static final String VOWELS_AND_SIGNS = "аеёиоуыэюяәөұүієїъь";

    private CyrillicLetters() {
    }

    /**
     * {@code lower}, lower-case already, with each Cyrillic letter above replaced by its Latin
     * spelling; any other character kept. A word-initial {@code е}, or one after a vowel or a sign,
     * is {@code ye}, as in "Yerevan" and "Nazarbayev".
     */
    static String toLatin(String lower) {
        StringBuilder out = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = LATIN.get(c);
            if (latin == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(lower.length() + 8).append(lower, 0, i);
            }
            boolean iotated = c == 'е' && (i == 0 || !Character.isLetter(lower.charAt(i - 1))
                    || VOWELS_AND_SIGNS.indexOf(lower.charAt(i - 1)) >= 0);
            out.append(iotated ? "ye" : latin);
        }
        return out == null ? lower : out.toString();
    }
}
