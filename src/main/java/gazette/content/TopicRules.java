package gazette.content;

import gazette.config.SiteConfig;
import gazette.config.Topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The keyword rules of {@code gazette.yml}: a text gets a topic when one of the topic's keywords
 * occurs in it as a whole word or phrase, in any case, outside web and mail addresses; the words of
 * a phrase may be separated by any run of spaces, tabs or line breaks.
 *
 * <p>This runs over the whole text of every article and every live update, so it does not use a
 * regular expression: a case-insensitive alternation with look-arounds tries every keyword at every
 * position, and took nearly half of reading a 10,000-article site. Nor does it search the text once
 * per keyword, which a configuration of thousands of keywords made minutes long. The text is
 * case-folded once, and at each place a word may start the keywords of every topic are followed
 * together, character by character, in a tree of their case-folded spellings, so the time grows with
 * the text and the length of the longest keyword, not with their number. Where two keywords of a
 * topic match at one place the longest wins, and matching goes on after it, as the alternation
 * {@code (?<![\p{L}\p{N}])(?:longest|...|shortest)(?![\p{L}\p{N}])} would.
 */
public final class TopicRules {
    private final List<Topic> topics;
    /** The case-folded keywords of every topic, a space standing for any run of white space. */
    private final Node keywords = new Node();

    /** Where a keyword matched: {@code [start, end)} of the text, and its rank in its topic. */
    private record Hit(int start, int end, int rank) {
    }

    /** A keyword that ends at a node: its topic (index in {@link #topics}) and rank there, longest first. */
    private record Ending(int topic, int rank) {
    }

    /** A node of the keyword tree: what follows, by character, and the keywords that end here. */
    private static final class Node {
        private final Map<Character, Node> next = new HashMap<>();
        private final List<Ending> endings = new ArrayList<>();

        Node add(char c) {
            return next.computeIfAbsent(c, k -> new Node());
        }
    }

    public TopicRules(SiteConfig config) {
        List<Topic> withKeywords = new ArrayList<>();
        for (Topic topic : config.topics()) {
            // Longest first, so "human rights abuses" wins over "human rights" in the explanation.
            List<String> ranked = topic.keywords().stream()
                    .map(k -> String.join(" ", words(k)))
                    .filter(k -> !k.isEmpty())
                    .distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .map(TopicRules::fold) // character for character, so the single spaces stay
                    .toList();
            if (ranked.isEmpty()) {
                continue;
            }
            for (int rank = 0; rank < ranked.size(); rank++) {
                Node node = keywords;
                for (char c : ranked.get(rank).toCharArray()) {
                    node = node.add(c);
                }
                node.endings.add(new Ending(withKeywords.size(), rank));
            }
            withKeywords.add(topic);
        }
        this.topics = List.copyOf(withKeywords);
    }

    /**
     * Every topic whose keywords occur in {@code text}, in config order, with the words that matched.
     * Web and mail addresses in it are passed over ({@link WebAddresses}): a bare link's words are a
     * name, not words the reader reads.
     */
    public List<TopicMatch> match(String readable) {
        if (topics.isEmpty()) {
            return List.of();
        }
        String text = WebAddresses.blanked(readable);
        String folded = fold(text);
        List<List<Hit>> hits = new ArrayList<>();
        topics.forEach(topic -> hits.add(new ArrayList<>()));
        for (int start = 0; start < text.length(); start++) {
            int before = start == 0 ? ' ' : Character.codePointBefore(text, start);
            if (!isWordChar(before) || betweenUnspaced(before, text.codePointAt(start))) {
                hitsAt(text, folded, start, hits);
            }
        }
        List<TopicMatch> matches = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            Set<String> words = new LinkedHashSet<>();
            for (Hit hit : leftmost(hits.get(t))) {
                words.add(PlainText.collapse(text.substring(hit.start(), hit.end()).toLowerCase(Locale.ROOT)));
            }
            if (!words.isEmpty()) {
                matches.add(new TopicMatch(topics.get(t).id(), List.copyOf(words)));
            }
        }
        return matches;
    }

    /**
     * Adds to {@code hits} every keyword that matches at {@code start} as whole words: its characters
     * in the folded text, a space in it matching a run of white space, and no letter or number after it.
     */
    private void hitsAt(String text, String folded, int start, List<List<Hit>> hits) {
        Node node = keywords;
        int at = start;
        while (true) {
            if (!node.endings.isEmpty() && (at >= text.length() || !isWordChar(text.codePointAt(at))
                    || betweenUnspaced(text.codePointBefore(at), text.codePointAt(at)))) {
                for (Ending ending : node.endings) {
                    hits.get(ending.topic()).add(new Hit(start, at, ending.rank()));
                }
            }
            if (at >= text.length()) {
                return;
            }
            Node space = node.next.get(' ');
            if (space != null && isSpace(text.charAt(at))) {
                node = space;
                while (at < text.length() && isSpace(text.charAt(at))) {
                    at++;
                }
                continue;
            }
            node = node.next.get(folded.charAt(at));
            if (node == null) {
                return;
            }
            at++;
        }
    }

    /**
     * The matches a left-to-right scan takes: at each place the highest-ranked keyword that matches
     * there, then on from its end.
     */
    private static List<Hit> leftmost(List<Hit> hits) {
        if (hits.size() <= 1) {
            return hits;
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::rank));
        List<Hit> taken = new ArrayList<>();
        int from = 0;
        for (Hit hit : hits) {
            if (hit.start() >= from) {
                taken.add(hit);
                from = hit.end();
            }
        }
        return taken;
    }

    /**
     * Whether either of two neighbouring characters is of a script written without spaces between
     * words, so that a keyword may start or end between them: "東京" in "東京で会議", "Tokyo" in "Tokyo東京".
     */
    private static boolean betweenUnspaced(int before, int after) {
        return unspaced(before) || unspaced(after);
    }

    /** Whether this character's script is written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer, Burmese. */
    private static boolean unspaced(int codePoint) {
        if (codePoint < 0x0E00) {
            return false; // Latin, Greek, Cyrillic, Arabic, Hebrew, the Indic scripts...: spaced, and the common case
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    /** A letter or number in any script: what a keyword must not touch on either side. */
    private static boolean isWordChar(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The whitespace that may separate the words of a phrase. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static String[] words(String keyword) {
        return PlainText.collapse(keyword).trim().split(" ");
    }

    /**
     * Case-folds each character on its own (upper-case, then lower-case, as case-insensitive Unicode
     * matching compares them), so every index of the result is the same place in the original.
     */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int folded = Character.toLowerCase(Character.toUpperCase(Character.toCodePoint(c, s.charAt(i + 1))));
                boolean samePlane = Character.charCount(folded) == 2;
                out[i] = samePlane ? Character.highSurrogate(folded) : c;
                out[i + 1] = samePlane ? Character.lowSurrogate(folded) : s.charAt(i + 1);
                i++;
            } else {
                int folded = Character.toLowerCase(Character.toUpperCase((int) c));
                out[i] = Character.isBmpCodePoint(folded) ? (char) folded : c;
            }
        }
        return new String(out);
    }
}
