package gazette.content;

import gazette.config.SiteConfig;
import gazette.config.Topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keyword rules of {@code gazette.yml}: a text gets a topic when one of the topic's keywords
 * occurs in it as a whole word or phrase, in any case; the words of a phrase may be separated by
 * any run of spaces, tabs or line breaks.
 *
 * <p>This runs over the whole text of every article and every live update, so it does not use a
 * regular expression: a case-insensitive alternation with look-arounds tries every keyword at every
 * position, and took nearly half of reading a 10,000-article site. Instead the text is case-folded
 * once, each keyword's first word is found with {@link String#indexOf}, and the rest is checked
 * there. Where two keywords match at one place the longest wins, and matching goes on after it, as
 * the alternation {@code (?<![\p{L}\p{N}])(?:longest|...|shortest)(?![\p{L}\p{N}])} would.
 */
public final class TopicRules {
    private final List<Rule> rules;

    /** A topic and its keywords, longest first. */
    private record Rule(Topic topic, List<Keyword> keywords) {
    }

    /** A keyword as its case-folded words. */
    private record Keyword(String[] words) {
        String first() {
            return words[0];
        }
    }

    /** Where a keyword matched: {@code [start, end)} of the text, and the keyword's rank in its rule. */
    private record Hit(int start, int end, int rank) {
    }

    public TopicRules(SiteConfig config) {
        List<Rule> list = new ArrayList<>();
        for (Topic topic : config.topics()) {
            // Longest first, so "human rights abuses" wins over "human rights" in the explanation.
            List<Keyword> keywords = topic.keywords().stream()
                    .map(k -> String.join(" ", words(k)))
                    .filter(k -> !k.isEmpty())
                    .distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .map(k -> new Keyword(words(fold(k))))
                    .toList();
            if (!keywords.isEmpty()) {
                list.add(new Rule(topic, keywords));
            }
        }
        this.rules = List.copyOf(list);
    }

    /** Every topic whose keywords occur in {@code text}, in config order, with the words that matched. */
    public List<TopicMatch> match(String text) {
        if (rules.isEmpty()) {
            return List.of();
        }
        String folded = fold(text);
        List<TopicMatch> matches = new ArrayList<>();
        for (Rule rule : rules) {
            Set<String> words = new LinkedHashSet<>();
            for (Hit hit : leftmostHits(rule, text, folded)) {
                words.add(PlainText.collapse(text.substring(hit.start(), hit.end()).toLowerCase(Locale.ROOT)));
            }
            if (!words.isEmpty()) {
                matches.add(new TopicMatch(rule.topic().id(), List.copyOf(words)));
            }
        }
        return matches;
    }

    /**
     * The matches a left-to-right scan takes: at each place the highest-ranked keyword that matches
     * there, then on from its end.
     */
    private static List<Hit> leftmostHits(Rule rule, String text, String folded) {
        List<Hit> hits = new ArrayList<>();
        for (int rank = 0; rank < rule.keywords().size(); rank++) {
            Keyword keyword = rule.keywords().get(rank);
            for (int at = folded.indexOf(keyword.first()); at >= 0; at = folded.indexOf(keyword.first(), at + 1)) {
                int end = matchAt(keyword, text, folded, at);
                if (end >= 0) {
                    hits.add(new Hit(at, end, rank));
                }
            }
        }
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

    /** The end of the keyword matched as whole words at {@code start}, or -1. */
    private static int matchAt(Keyword keyword, String text, String folded, int start) {
        if (start > 0 && isWordChar(Character.codePointBefore(text, start))) {
            return -1;
        }
        int at = start + keyword.first().length();
        for (int i = 1; i < keyword.words().length; i++) {
            int word = at;
            while (word < text.length() && isSpace(text.charAt(word))) {
                word++;
            }
            if (word == at || !folded.startsWith(keyword.words()[i], word)) {
                return -1;
            }
            at = word + keyword.words()[i].length();
        }
        return at < text.length() && isWordChar(text.codePointAt(at)) ? -1 : at;
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
