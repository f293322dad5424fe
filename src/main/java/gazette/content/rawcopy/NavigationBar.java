package gazette.content.rawcopy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A page's menu bar or breadcrumb trail, scraped onto one line: {@code Home | News | Weather | Sport},
 * {@code Home > News > UK}, {@code World · Europe · Politics}. Copied from the top of a page it
 * stood above the headline and was taken for it.
 *
 * <p>A headline may hold a separator too ({@code Kazakhstan | UK trade talks resume}), so the rule is
 * narrow: at least {@value #MIN_ITEMS} items, each one to {@value #MAX_ITEM_WORDS} words with a letter
 * in it and no sentence punctuation, and the first not a byline ({@code By Jane Doe | Reuters | ...}).
 * A slash counts only with spaces around it, so that {@code LONDON/ASTANA} stays one place.
 */
final class NavigationBar {
    static final int MIN_ITEMS = 3;
    static final int MAX_ITEM_WORDS = 3;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[|¦·•>›»→]|\\s/\\s)\\s*");
    /** An initial's full stop ("U.K.") is no sentence's end. */
    private static final Pattern INITIAL = Pattern.compile("\\b\\p{Lu}\\.");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.,;:!?\"“”„«()\\[\\]]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private NavigationBar() {
    }

    /** Whether the trimmed line is a menu bar or breadcrumb trail. */
    static boolean matches(String line) {
        List<String> items = items(line.strip());
        if (items.size() < MIN_ITEMS || items.get(0).startsWith("By ")) {
            return false;
        }
        for (String item : items) {
            if (!isMenuItem(item)) {
                return false;
            }
        }
        return true;
    }

    /** The items between separators; a separator at either end ("| Home | News |") leaves no item. */
    private static List<String> items(String line) {
        List<String> items = new ArrayList<>();
        for (String part : SEPARATOR.split(line, -1)) {
            items.add(part.strip());
        }
        if (!items.isEmpty() && items.get(0).isEmpty()) {
            items.remove(0);
        }
        if (!items.isEmpty() && items.get(items.size() - 1).isEmpty()) {
            items.remove(items.size() - 1);
        }
        return items;
    }

    private static boolean isMenuItem(String item) {
        if (item.isEmpty() || !LETTER.matcher(item).find()) {
            return false;   // two separators in a row, or a number: a table's row, not a menu
        }
        long words = List.of(item.split("\\s+")).stream().filter(w -> !w.equals("&")).count();
        return words <= MAX_ITEM_WORDS && !SENTENCE_PUNCTUATION.matcher(INITIAL.matcher(item).replaceAll("")).find();
    }
}
