package gazette.content.rawcopy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What single paragraphs of raw copy are: a byline, a dateline, a caption, an attribution, a
 * headline. Each test looks at one paragraph; where a paragraph sits is {@link RawCopyReader}'s
 * business. The tests are deliberately narrow (short lines, fixed cue words), because a false
 * positive changes the reader's words while a miss only leaves a plain paragraph.
 */
final class CopyPatterns {
    /**
     * {@code By Jane Doe}, {@code By Jane Doe and John Roe}, {@code By Jane Doe, Political Correspondent},
     * {@code By Jane "JD" Doe} (a nickname in quotes after the first name),
     * and any of them with the agency after a separator: {@code By Jane Doe | Reuters}, {@code By Jane Doe / AFP},
     * {@code By Jane Doe — The Associated Press}. The agency is not part of the author.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "(?i:by)\\s+(?<name>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*"
                    + "|[\"“]\\p{Lu}[\\p{L}\\p{M}'’. -]{0,20}[\"”]|and|&|van|von|de|da|del|der|bin|al|le|la))*)(?<role>\\s*,\\s*[^.!?|/·•—–]{1,60})?"
                    + "(?<agency>\\s*(?:[|/·•—–]|\\s-)\\s*\\p{Lu}[\\p{L}\\p{M}&.'’ ]{0,40})?");
    private static final Set<String> NOT_NAMES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "The", "This", "That", "Then", "Now", "Law");
    /** "By Air Astana", "By Road", "By Land, Sea and Air": ways of travelling, in any case, are no one's first name. */
    private static final Set<String> TRAVEL = Set.of("air", "road", "rail", "sea", "land", "train", "car", "bus",
            "plane", "ferry", "boat", "ship", "foot", "bike", "bicycle", "taxi", "truck", "lorry", "helicopter", "tram",
            "metro", "water");
    /** One person's name has at most this many capitalised words ("Maria de la Cruz Fernandez" has three). */
    private static final int MAX_NAME_WORDS = 4;
    /** A role in lower case ("our Almaty correspondent") must name a trade: "By Air, the journey takes ..." is a clause. */
    private static final Pattern ROLE_WORD = Pattern.compile(
            "\\b(?:correspondents?|reporters?|journalists?|editors?|presenters?|anchor|writers?|staff|contributors?"
                    + "|producers?|columnists?|bureau|desk|chief)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * {@code LONDON --}, {@code ALMATY, Kazakhstan —}, {@code LONDON (Reuters) -},
     * {@code LONDON/ASTANA (Reuters) -}, {@code WASHINGTON, July 1 (Reuters) -},
     * {@code WASHINGTON (AP) _}: a place (or two, joined by a slash) in capitals, up to two comma
     * parts, an optional agency in brackets, then a dash, or the underscore AP's wire sends for one.
     * A single hyphen or underscore must have a space before it, so that {@code NUR-SULTAN} stays
     * one word.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’ /-]*?\\p{Lu}\\.?"
                    + "(?:,\\s*[\\p{L}\\p{M}][\\p{L}\\p{M}0-9.'’ ]{0,30}?){0,2}"
                    + "(?:\\s*\\([\\p{L}&. ]{1,24}\\))?)"
                    + "\\s*(?:--|—|–|(?<=\\s)[-_])\\s*(?<rest>.*)", Pattern.DOTALL);

    /** The agency a wire dateline names in brackets before its dash: {@code Reuters} in {@code LONDON (Reuters)}. */
    private static final Pattern DATELINE_AGENCY = Pattern.compile(".*\\((?<agency>[^()]+)\\)");

    /** {@code – David Cameron}, {@code — Name}, {@code - Name}: a short line led by a dash. */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?:--|[–—―-])\\s*(?<who>\\p{Lu}[^.!?]{0,80}[^.!?:;,])");

    private static final Pattern CREDIT = Pattern.compile(
            "\\s*\\b(?<label>Photo credit|Picture credit|Image credit|Credit|Photograph)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A caption's own label, which "Photo:" replaces: {@code Caption:}, {@code Picture:}, Russian {@code Фото:}. */
    private static final Pattern PHOTO_PREFIX = Pattern.compile(
            "(?:Photo|Picture|Image|Pictured|Photograph|Caption|Фото)\\s*:\\s*(?<rest>.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A credit names a photographer or an agency: "Steppe Photo Agency/Dana Ilyasova", "AFP via Getty Images". */
    private static final int MAX_CREDIT_WORDS = 6;
    /** A caption without a label of its own is a line or two under the picture. */
    private static final int MAX_CAPTION_WORDS = 40;
    /** A sentence ending inside the credit (not an initial, as in "J. Smith"): text goes on after it. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<!\\b\\p{L})[.!?]\\s+\\S");
    /** A credit ending as a sentence does, in a lower-case word or a reporting verb: "the ministry said." */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?:\\b\\p{Ll}+[.!?]|\\b(?i:said|says|say|told|added|adds|reported|reports|announced|stated|explained"
                    + "|confirmed|noted|wrote|writes|claimed|claims|insisted|warned)[.!?]?)$");
    private static final Pattern PHOTO_PARENS = Pattern.compile(
            "(?<caption>.*?)\\s*\\((?:Photo|Picture|Image)(?: credit)?\\s*:\\s*(?<credit>[^)]+)\\)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_COPYRIGHT = Pattern.compile(
            "Image copyright\\s+(?<credit>.+?)\\s+Image caption\\s+(?<caption>.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIDEO_PREFIX = Pattern.compile(
            "(?:Video|Watch)\\s*[:|]\\s*(?<rest>.+)", Pattern.CASE_INSENSITIVE);
    /** Teaser verbs: a clip's caption says who confronts or speaks to whom, in the present tense. */
    private static final Pattern VIDEO_VERB = Pattern.compile(
            "\\b(?:confronts?|confronted by|challenges|challenged by|grills|grilled by|questions|questioned by"
                    + "|interviews|interviewed by|speaks (?:to|with)|talks (?:to|with)|clashes with|responds to"
                    + "|hits back at|walks out)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESS = Pattern.compile(
            "\\b(?:correspondent|reporter|journalist|editor|presenter|anchor|interviewer|ITV News|BBC|Sky News)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A caption, written out as {@code Photo: TEXT Credit: NAME} or {@code Video: TEXT}.
     *
     * @param video  whether it captions a video rather than a photo
     * @param text   what the picture shows (may be empty when the copy only gives a credit)
     * @param credit who took it, without a trailing slash
     */
    record Caption(boolean video, String text, Optional<String> credit) {
    }

    /**
     * @param place the dateline as the copy gives it, without the dash
     * @param rest  the paragraph's text after the dash
     */
    record Dateline(String place, String rest) {
    }

    private CopyPatterns() {
    }

    static Optional<String> byline(String paragraph) {
        Matcher m = BYLINE.matcher(paragraph.strip());
        if (!m.matches() || words(paragraph) > 12) {
            return Optional.empty();
        }
        String first = m.group("name").split("\\s+")[0];
        if (NOT_NAMES.contains(first)) {
            return Optional.empty();
        }
        for (String person : m.group("name").split("\\s+(?:and|&)\\s+")) {
            String[] words = person.strip().split("\\s+");
            long capitalised = Arrays.stream(words).filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
            if (TRAVEL.contains(words[0].toLowerCase(Locale.ROOT)) || capitalised > MAX_NAME_WORDS) {
                return Optional.empty();
            }
        }
        String role = m.group("role") == null ? "" : ", " + m.group("role").strip().substring(1).strip();
        if (!role.isEmpty() && Character.isLowerCase(role.codePointAt(2)) && !ROLE_WORD.matcher(role).find()) {
            return Optional.empty();
        }
        return Optional.of(m.group("name").strip() + role);
    }

    static Optional<Dateline> dateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(m.group("place").strip(), m.group("rest").strip()));
    }

    /**
     * The news agency a dateline names: {@code LONDON (Reuters)}, {@code WASHINGTON (AP)}, {@code MOSCOW
     * (Interfax)}. Only the brackets at its end, where {@link #DATELINE} allows them, right before the dash.
     */
    static Optional<String> agency(String dateline) {
        Matcher m = DATELINE_AGENCY.matcher(dateline.strip());
        return m.matches() ? Optional.of(m.group("agency").strip()).filter(CopyPatterns::isNewsAgency) : Optional.empty();
    }

    /**
     * The news agencies whose name a wire dateline carries in brackets. Any word there was taken for
     * one, and {@code PRISTINA (Kosovo) -} made "Kosovo" the article's source, author and publisher.
     */
    private static final java.util.Set<String> NEWS_AGENCIES = java.util.Set.of("reuters", "ap", "associated press", "afp",
            "agence france-presse", "pa", "pa media", "press association", "bloomberg", "interfax", "interfax-kazakhstan", "tass",
            "itar-tass", "ria novosti", "ria", "sputnik", "xinhua", "kyodo", "jiji", "dpa", "ansa", "efe", "anadolu", "aa", "yonhap",
            "upi", "aap", "cp", "canadian press", "pti", "ani", "ians", "bernama", "antara", "kazinform", "trend", "ukrinform",
            "belta", "irna", "kuna", "wam", "spa", "mena", "ntb", "tt", "ritzau", "belga", "apa", "cna", "nhk", "bbc", "cnn");

    private static boolean isNewsAgency(String name) {
        return NEWS_AGENCIES.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    static Optional<String> attribution(String paragraph) {
        Matcher m = ATTRIBUTION.matcher(paragraph.strip());
        return m.matches() && words(paragraph) <= 10 ? Optional.of(m.group("who").strip()) : Optional.empty();
    }

    static Optional<Caption> caption(String paragraph) {
        String p = paragraph.strip();
        Matcher video = VIDEO_PREFIX.matcher(p);
        if (video.matches()) {
            return Optional.of(new Caption(true, video.group("rest").strip(), Optional.empty()));
        }
        if (looksLikeVideoTeaser(p)) {
            return Optional.of(new Caption(true, p, Optional.empty()));
        }
        if (words(p) > 60) {
            return Optional.empty();   // a long paragraph that mentions "Credit:" is prose
        }
        Matcher copyright = IMAGE_COPYRIGHT.matcher(p);
        if (copyright.matches()) {
            return Optional.of(photo(copyright.group("caption"), copyright.group("credit")));
        }
        Matcher prefix = PHOTO_PREFIX.matcher(p);
        boolean labelled = prefix.matches();
        String body = labelled ? prefix.group("rest") : p;
        Matcher credit = CREDIT.matcher(body);
        if (credit.find()) {
            String text = body.substring(0, credit.start());
            String who = body.substring(credit.end());
            if (Character.isUpperCase(body.charAt(credit.start("label"))) && looksLikeCredit(who)
                    && (labelled || looksLikeCaptionText(text))) {
                return Optional.of(photo(text, who));
            }
        }
        Matcher parens = PHOTO_PARENS.matcher(body);
        if (parens.matches() && looksLikeCredit(parens.group("credit"))
                && (labelled || looksLikeCaptionText(parens.group("caption")))) {
            return Optional.of(photo(parens.group("caption"), parens.group("credit")));
        }
        return labelled ? Optional.of(photo(body, "")) : Optional.empty();
    }

    /**
     * Whether what follows a "Credit:" label is a credit: a short name, starting as a name does
     * (not in lower case), with no sentence of its own after it and not ending as a sentence does.
     * "Credit: the ministry said." and "Credit: This line is about credit markets ..." are prose.
     */
    static boolean looksLikeCredit(String credit) {
        String c = credit.strip().replaceAll("\\s*/+$", "").strip();
        if (c.isEmpty() || Character.isLowerCase(c.codePointAt(0)) || words(c) > MAX_CREDIT_WORDS) {
            return false;
        }
        return !SENTENCE_BREAK.matcher(c).find() && !SENTENCE_END.matcher(c).find();
    }

    /**
     * Whether the text before a credit reads as a caption that has no label of its own: none at all
     * (a credit alone), or a line or two that does not stop mid-sentence, as "... the terms were
     * generous, Credit: ..." does.
     */
    static boolean looksLikeCaptionText(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        return words(t) <= MAX_CAPTION_WORDS && ",;:–—-(".indexOf(last) < 0;
    }

    /**
     * A clip's caption scraped without its player: short, no closing full stop, not a quotation,
     * with a confrontation or interview verb and a journalist in it ("Nursultan Nazarbayev
     * confronts ITV News correspondent Romilly Weeks"). A headline built the same way would be
     * taken for a caption too; both cues together keep that rare.
     */
    static boolean looksLikeVideoTeaser(String paragraph) {
        String p = paragraph.strip();
        return words(p) <= 20 && !endsSentence(p) && !startsWithQuote(p)
                && VIDEO_VERB.matcher(p).find() && PRESS.matcher(p).find();
    }

    /** The longest first paragraph taken for a headline; the longest headlines run to about 150 characters. */
    static final int MAX_HEADLINE = 250;

    /**
     * Whether the copy's first paragraph can be its headline: a wire story pasted without one starts
     * with its first paragraph, which must stay text, not become a title of hundreds of words.
     */
    static boolean fitsHeadline(String paragraph) {
        return paragraph.length() <= MAX_HEADLINE;
    }

    /**
     * A live update's headline: two to fourteen words, starting with a capital or a digit (not a
     * quotation mark, which starts a quoted paragraph), and not ending a sentence (a question mark
     * may end one, as headlines ask questions).
     */
    static boolean looksLikeHeadline(String paragraph) {
        String p = paragraph.strip();
        int words = words(p);
        if (words < 2 || words > 14 || p.length() > 120 || startsWithQuote(p)) {
            return false;
        }
        char first = p.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '\'' || first == '‘')) {
            return false;
        }
        char last = lastNonQuote(p);
        return last != '.' && last != ',' && last != ';' && last != ':' && last != '!' && last != '…';
    }

    /** Ends with a full stop, question or exclamation mark or colon, perhaps inside closing quotes. */
    static boolean endsSentence(String paragraph) {
        char last = lastNonQuote(paragraph.strip());
        return last == '.' || last == '?' || last == '!' || last == ':' || last == '…';
    }

    /** Each opening quotation mark, and the marks that close it: „ closes with “ in German and ” in Polish. */
    private static final Map<Character, String> CLOSING_MARKS = Map.of('"', "\"", '“', "”", '„', "“”", '«', "»");

    /**
     * Whether the whole paragraph is quotation: it opens with a quotation mark, closes it at its end
     * (a full stop may follow), and has no words outside quotation marks, so that several quoted
     * sentences ({@code "We agreed." "It went well."}) are one, but {@code "We discussed trade," he
     * said.} is the reporter's sentence around a quote.
     */
    static boolean isQuotation(String paragraph) {
        String p = paragraph.strip();
        if (!startsWithQuote(p)) {
            return false;
        }
        String closing = null;   // the marks that close the quotation the scan is in; null outside one
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (closing == null) {
                closing = CLOSING_MARKS.get(c);
                if (closing == null && Character.isLetterOrDigit(c)) {
                    return false;   // the reporter's words
                }
            } else if (closing.indexOf(c) >= 0) {
                closing = null;
            }
        }
        return closing == null;
    }

    static boolean startsWithQuote(String paragraph) {
        return !paragraph.isEmpty() && "\"“„«".indexOf(paragraph.charAt(0)) >= 0;
    }

    static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static Caption photo(String text, String credit) {
        String who = credit.strip().replaceAll("\\s*/+$", "").strip();
        return new Caption(false, text.strip(), who.isEmpty() ? Optional.empty() : Optional.of(who));
    }

    private static char lastNonQuote(String p) {
        int i = p.length() - 1;
        while (i > 0 && "\"”’'»".indexOf(p.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 ? p.charAt(i) : ' ';
    }
}
