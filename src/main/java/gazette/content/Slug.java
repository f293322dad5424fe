package gazette.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One URL path segment naming a page: lower-case ASCII letters, digits and single hyphens. The
 * strict form is what keeps a file name or front-matter value from ever placing a page outside
 * its folder.
 */
public record Slug(String value) implements Comparable<Slug> {
    public static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    /**
     * Tags, people and places are slugified each time a page links to them, tens of thousands of
     * times per build on a large site, from a few thousand distinct names; the regular expressions
     * and normalisation are worth doing once per name. Bounded: cleared when full.
     */
    private static final Map<String, String> MEMO = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 100_000;

    public Slug {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a slug: " + value);
        }
    }

    public static boolean isValid(String value) {
        return FORM.matcher(value).matches();
    }

    /**
     * Turns any text into slug form: Cyrillic written in Latin letters ("Алматы" → "almaty", see
     * {@link CyrillicLetters}), accents dropped ("Zürich" → "zurich"), everything that is not a Latin
     * letter or digit becomes one hyphen. May return an empty string (for "!!!" or "北京").
     */
    public static String slugify(String text) {
        String known = MEMO.get(text);
        if (known != null) {
            return known;
        }
        String slug = slugifyAnew(text);
        if (MEMO.size() >= MEMO_LIMIT) {
            MEMO.clear();
        }
        MEMO.put(text, slug);
        return slug;
    }

    private static String slugifyAnew(String text) {
        String latin = CyrillicLetters.toLatin(text.toLowerCase(Locale.ROOT));
        String ascii = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFKD)).replaceAll("");
        String lower = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replace("£", " ").replace("'", "").replace("’", "");
        String dashed = NON_ALNUM.matcher(lower).replaceAll("-");
        int start = 0;
        int end = dashed.length();
        while (start < end && dashed.charAt(start) == '-') {
            start++;
        }
        while (end > start && dashed.charAt(end - 1) == '-') {
            end--;
        }
        return dashed.substring(start, end);
    }

    /** The default slug of a file: its name without a leading {@code YYYY-MM-DD-} and without the extension. */
    public static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        return slugify(DATE_PREFIX.matcher(base).replaceFirst(""));
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
