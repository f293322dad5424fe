package gazette.content.rawcopy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Page furniture: lines a scrape picks up from around an article (navigation, share buttons,
 * promos, archive stamps) that are not part of it. A pattern must match a whole line, after
 * trimming, ignoring case. The defaults know the common kinds, and a menu bar or breadcrumb trail
 * ({@link NavigationBar}); a site adds its own in {@code gazette.yml} under {@code import.furniture}.
 *
 * <p>Every default is anchored to the whole line and most are bounded in length, because a
 * pattern that also matches a sentence of the article would silently delete the reporter's words.
 */
public final class Furniture {
    private static final String SOCIAL = "(?:share|tweet|email|e-mail|print|copy link|whatsapp|facebook|twitter"
            + "|linkedin|reddit|pinterest|messenger|telegram)";

    /** The built-in patterns, in Java regular-expression syntax. */
    public static final List<String> DEFAULTS = List.of(
            "back to top\\W*",
            // The accessibility links at the very top of a page, above its menu.
            "(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|menu|search|footer|article|story)"
                    + "|skip (?:navigation|links)|accessibility (?:links|help)",
            "live(?: updates?| blog| coverage| now)?:?",
            "get the latest\\b.{0,80}\\b(?:updates|news|alerts|headlines)\\b.{0,60}",
            "[.\\s]*last updated\\b\\s*:?.{0,60}",
            "[.\\s]*(?:updated|published|posted)(?: on)?\\s*:?\\s*\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}.{0,20}",
            SOCIAL + "(?: this(?: article| story| page| video)?)?(?:\\s*[|/·•,]?\\s*" + SOCIAL + ")*",
            "share (?:this|on|via)\\b.{0,60}",
            "(?:sign up|subscribe)\\b.{0,60}\\b(?:newsletters?|alerts|briefings?|e-?mails?|podcasts?|digest)\\b.{0,40}",
            "newsletter(?: sign[- ]?up)?",
            "follow us\\b.{0,60}",
            "follow [\\w@. ]{1,30} on (?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky)\\b.{0,40}",
            "latest(?: [\\w' ]{1,30})? (?:news|reports|stories|headlines|videos)",
            "advertisement|advert|sponsored(?: content)?|story continues below(?: advertisement)?"
                    + "|continue reading(?: below)?|skip (?:advert|ad)",
            "read more\\b.{0,120}",
            "(?:related|more on this story|see also|you may also like|recommended(?: for you)?"
                    + "|most (?:read|popular|viewed|watched|shared))"
                    + "(?: (?:articles?|stories|content|links|topics|videos))?(?:\\s*:.{0,120})?",
            "click here\\b.{0,80}",
            "\\d+ comments?|comments?(?: \\(\\d+\\))?|(?:view|show|leave a) comments?",
            "(?:©|\\(c\\)|copyright)\\s*\\d{4}\\b.{0,100}",
            "all rights reserved\\.?",
            // AP's closing rights line, with or without its copyright sentences before it.
            "(?:(?:©|\\(c\\)|copyright)\\s*\\d{4}\\b.{0,80}?)?"
                    + "this material may not be published, broadcast, rewritten,? or redistributed\\.?",
            "(?:image|photo|picture) \\d+ of \\d+",
            "(?:play|watch) video|(?:enlarge|view) (?:image|gallery|photos?)",
            "we use cookies\\b.{0,200}");

    private static final Pattern LIVE_MARKER = compile("live(?: updates?| blog| coverage| now)?:?");
    /** A label with nothing after it that heads a list of links: "Related stories:", "Read more", "More on this story:". */
    private static final Pattern LIST_LABEL = compile(
            "(?:related|read more|more on this story|see also|you may also like|recommended(?: for you)?"
                    + "|most (?:read|popular|viewed|watched|shared))"
                    + "(?: (?:articles?|stories|content|links|topics|videos))?\\s*:?");

    private final List<Pattern> patterns;

    /**
     * @param extraPatterns the site's own patterns, on top of the defaults; each must be valid
     *                      (check with {@link #validate(String)} first, to report bad ones as problems)
     * @throws IllegalArgumentException for a pattern that does not compile
     */
    public Furniture(List<String> extraPatterns) {
        List<Pattern> all = new ArrayList<>();
        for (String p : DEFAULTS) {
            all.add(compile(p));
        }
        for (String p : extraPatterns) {
            String error = validate(p);
            if (error != null) {
                throw new IllegalArgumentException(error);
            }
            all.add(compile(p));
        }
        this.patterns = List.copyOf(all);
    }

    /** The built-in patterns only. */
    public static Furniture defaults() {
        return new Furniture(List.of());
    }

    /**
     * Checks one configured pattern.
     *
     * @return {@code null} when it is a valid regular expression, else a message saying what is wrong
     */
    public static String validate(String regex) {
        if (regex == null || regex.isBlank()) {
            return "furniture pattern is empty";
        }
        try {
            compile(regex);
            return null;
        } catch (PatternSyntaxException e) {
            return "furniture pattern '%s' is not a valid regular expression: %s at index %d"
                    .formatted(regex, e.getDescription(), e.getIndex());
        }
    }

    /** Whether this line of the copy (with or without surrounding spaces) is furniture. */
    public boolean matches(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(trimmed).matches()) {
                return true;
            }
        }
        return NavigationBar.matches(trimmed);
    }

    /**
     * Whether the line is a "Live updates" marker: furniture to drop, but also a sign that the copy
     * is a live blog whose updates follow it.
     */
    public boolean isLiveMarker(String line) {
        return LIVE_MARKER.matcher(line.strip()).matches();
    }

    /**
     * Whether the line is a bare "Related stories:" label (furniture itself), under which a page lists
     * other articles' headlines, one a line.
     */
    public boolean isListLabel(String line) {
        return LIST_LABEL.matcher(line.strip()).matches();
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
