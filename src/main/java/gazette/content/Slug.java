package gazette.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One URL path segment naming a page: lower-case letters (of any script), digits and single
 * hyphens, in Unicode's composed form (NFC). The strict form is what keeps a file name or
 * front-matter value from ever placing a page outside its folder: no dot, slash, backslash, colon,
 * space or control character can be part of one.
 */
public record Slug(String value) implements Comparable<Slug> {
    /**
     * A word is letters or digits, each followed by the marks that belong to it (the vowel signs of
     * Devanagari, say). ASCII slugs are the ones Latin and Cyrillic text gives.
     */
    private static final String WORD = "(?:[\\p{L}\\p{N}]\\p{M}*)+";
    public static final Pattern FORM = Pattern.compile(WORD + "(?:-" + WORD + ")*");
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");
    /** {@code 1994-03-}, but not the month of a name that is a whole day ({@code 2026-06-01.md}). */
    private static final Pattern MONTH_PREFIX = Pattern.compile("^(?<month>\\d{4}-(?:0[1-9]|1[0-2]))-(?!\\d{2}$)");
    /**
     * Latin letters that have no accent to drop, written as English-language text writes them:
     * "Łódź" is {@code lodz}, "Straße" {@code strasse}, "Øresund" {@code oresund}.
     */
    private static final Map<Integer, String> PLAIN_LATIN = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'ø', "o"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'đ', "d"), Map.entry((int) 'ð', "d"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'ŀ', "l"), Map.entry((int) 'ŧ', "t"));
    /**
     * Tags, people and places are slugified each time a page links to them, tens of thousands of
     * times per build on a large site, from a few thousand distinct names; the normalisation and
     * the walk over each character are worth doing once per name. Bounded: cleared when full.
     */
    private static final Map<String, String> MEMO = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 100_000;

    /**
     * The longest a URL name may be, in UTF-8 bytes. Each is a folder or file name, which file systems
     * cap at 255 bytes: a tag of sixty words, or {@code new} given a long title, failed with "File name
     * too long".
     */
    public static final int MAX_BYTES = 100;

    public Slug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a slug: " + value);
        }
    }

    public static boolean isValid(String value) {
        return FORM.matcher(value).matches() && value.toLowerCase(Locale.ROOT).equals(value)
                && Normalizer.isNormalized(value, Normalizer.Form.NFC);
    }

    /**
     * Turns any text into slug form: Cyrillic written in Latin letters ("Алматы" → "almaty", see
     * {@link CyrillicLetters}), accents dropped from Latin letters ("Zürich" → "zurich"), the letters
     * of other scripts kept as they are, lower-cased ("Αθήνα" → "αθήνα", "北京" → "北京", as Hugo and
     * Jekyll keep them), and every run of anything else one hyphen. May return an empty string (for
     * "!!!" or "🔥").
     */
    public static String slugify(String text) {
        String known = MEMO.get(text);
        if (known != null) {
            return known;
        }
        String slug = shorten(slugifyAnew(text));
        if (MEMO.size() >= MEMO_LIMIT) {
            MEMO.clear();
        }
        MEMO.put(text, slug);
        return slug;
    }

    /**
     * Whether two names with one URL name are one name written two ways, in another case or without
     * accents ("Astana", "astana", "Åstana"), rather than two names ("C++" and "C"): pages share
     * the first kind silently, and Gazette warns about the second.
     */
    public static boolean writtenAlike(String a, String b) {
        return folded(a).equals(folded(b));
    }

    private static String folded(String name) {
        return Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String slugifyAnew(String text) {
        String latin = CyrillicLetters.toLatin(text.toLowerCase(Locale.ROOT));
        // Decomposed, an accented letter is its base letter and the accent as a mark of its own.
        String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder(decomposed.length());
        boolean apart = false; // something that is not a letter or digit came since the last one kept
        boolean keepMarks = false; // the last letter kept is not Latin, so its marks are part of it
        for (int i = 0; i < decomposed.length(); ) {
            // Compatibility forms may decompose into capitals ("ℌ" is "H"): lower-case each once more.
            int c = Character.toLowerCase(decomposed.codePointAt(i));
            i += Character.charCount(decomposed.codePointAt(i));
            if (isMark(c)) {
                if (keepMarks && !apart) {
                    slug.appendCodePoint(c);
                }
                continue;
            }
            if (c == '\'' || c == '’') {
                continue; // "Cameron's" is one word
            }
            String plain = c < 0x80 ? null : PLAIN_LATIN.get(c);
            if (c < 0x80 ? isAsciiLetterOrDigit(c) : plain != null || Character.isLetterOrDigit(c)) {
                if (apart && !slug.isEmpty()) {
                    slug.append('-');
                }
                apart = false;
                keepMarks = c >= 0x80 && plain == null && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN;
                if (plain != null) {
                    slug.append(plain);
                } else {
                    slug.appendCodePoint(c);
                }
            } else if (c == '&') {
                slug.append(slug.isEmpty() ? "and" : "-and");
                apart = true;
            } else {
                apart = true;
            }
        }
        return Normalizer.normalize(slug, Normalizer.Form.NFC);
    }

    /**
     * A slug of at most {@link #MAX_BYTES}: a longer one keeps its first words, up to the last hyphen
     * that fits, and ends in eight hexadecimal digits of the whole one's hash, so that two long names
     * that begin alike stay apart. The same text always gives the same name.
     */
    static String shorten(String slug) {
        if (utf8Length(slug) <= MAX_BYTES) {
            return slug;
        }
        String hash = String.format(Locale.ROOT, "%08x", slug.hashCode());
        int budget = MAX_BYTES - 1 - hash.length();
        int bytes = 0;
        int lastHyphen = -1;
        int lastWhole = 0; // the end of the last letter or digit that fits, with its marks
        for (int i = 0; i < slug.length(); ) {
            int c = slug.codePointAt(i);
            bytes += utf8Length(c);
            if (bytes > budget) {
                break;
            }
            i += Character.charCount(c);
            if (c == '-') {
                lastHyphen = i - 1;
            } else if (i == slug.length() || !isMark(slug.codePointAt(i))) {
                lastWhole = i;
            }
        }
        int end = lastHyphen > budget / 2 ? lastHyphen : lastWhole;
        return end == 0 ? hash : slug.substring(0, end) + "-" + hash;
    }

    /** The length of {@code text} in UTF-8. */
    public static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            bytes += utf8Length(c);
            i += Character.charCount(c);
        }
        return bytes;
    }

    private static int utf8Length(int c) {
        return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }

    /** For a lower-cased character. */
    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** The default slug of a file: its name without a leading {@code YYYY-MM-DD-} and without the extension. */
    public static String fromFileName(String fileName) {
        return slugify(DATE_PREFIX.matcher(base(fileName)).replaceFirst(""));
    }

    /**
     * The default slug of an article file dated {@code date} (as its front matter writes it): its name
     * without the extension and a leading {@code YYYY-MM-DD-}, or a leading {@code YYYY-MM-} that is the
     * month of that date, as a month-dated article is named ({@code 1994-03-almaty.md}, dated
     * {@code 1994-03}, is {@code almaty}). A month prefix is taken off only then, because a name may start
     * with digits that are no month: {@code 2020-21-season.md}, or {@code 2019-12-review.md} dated 2020.
     */
    public static String fromFileName(String fileName, Optional<String> date) {
        String base = base(fileName);
        if (DATE_PREFIX.matcher(base).find()) {
            return fromFileName(fileName);
        }
        Matcher month = MONTH_PREFIX.matcher(base);
        String written = date.map(String::strip).orElse("");
        if (month.find() && written.startsWith(month.group("month"))
                && (written.length() == month.group("month").length() || written.charAt(month.group("month").length()) == '-')) {
            return slugify(base.substring(month.end()));
        }
        return slugify(base);
    }

    private static String base(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public int compareTo(Slug other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
