package gazette.content;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How dates read in the site's language, from the JDK's CLDR data: a day as the language writes a
 * long date ("30 June 2013" in en-GB, "June 30, 2013" in en-US, "30 июня 2013 г." in ru,
 * "2013年6月30日" in zh), a time of day as it writes a short time ("14:05", "2:05 PM"), a zone's short name ("BST"), and a month
 * alone as that long date without its day, the month named as it stands alone ("March 1994",
 * "март 1994 г.", "1994年3月"): JDK 17 has no localized year-and-month pattern of its own, and the
 * day pattern's month is in the case it takes after a day ("марта").
 *
 * <p>Each language's formatters are made once: making one parses its pattern.
 */
final class DateFormats {
    private record Formats(DateTimeFormatter day, DateTimeFormatter monthYear, DateTimeFormatter time,
            DateTimeFormatter zoneName) {
    }

    private static final Map<Locale, Formats> BY_LOCALE = new ConcurrentHashMap<>();

    private DateFormats() {
    }

    static DateTimeFormatter day(Locale locale) {
        return formats(locale).day();
    }

    static DateTimeFormatter monthYear(Locale locale) {
        return formats(locale).monthYear();
    }

    static DateTimeFormatter time(Locale locale) {
        return formats(locale).time();
    }

    /** A zone's short name in the language ("BST", "CEST", "MESZ" in German), or its offset where it has none. */
    static DateTimeFormatter zoneName(Locale locale) {
        return formats(locale).zoneName();
    }

    private static Formats formats(Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale, l -> {
            String day = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null, IsoChronology.INSTANCE, l);
            String time = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT, IsoChronology.INSTANCE, l);
            return new Formats(DateTimeFormatter.ofPattern(day, l), DateTimeFormatter.ofPattern(monthYear(day), l),
                    DateTimeFormatter.ofPattern(time, l), DateTimeFormatter.ofPattern("zzz", l));
        });
    }

    /**
     * A long-date pattern without its day: the day field goes with the text that joins it to the
     * next field ("d 'de' MMMM 'de' y" → "MMMM 'de' y"), or, when it comes last, with the text after
     * it and the space before it ("y. MMMM d." → "y. MMMM", "y年M月d日" → "y年M月"); a month by name
     * is then the stand-alone one ({@code LLLL}).
     */
    static String monthYear(String dayPattern) {
        List<String> tokens = tokens(dayPattern);
        int d = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).charAt(0) == 'd') {
                d = i;
            }
        }
        if (d < 0) {
            return dayPattern.replace("MMMM", "LLLL");
        }
        int from = d;
        int to = d + 1;
        while (to < tokens.size() && !isField(tokens.get(to))) {
            to++;
        }
        if (to == tokens.size()) {
            // The space before a last day goes with it; other text there ends the month ("y年M月d日").
            while (from > 0 && tokens.get(from - 1).isBlank()) {
                from--;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i < from || i >= to) {
                String t = tokens.get(i);
                out.append(t.equals("MMMM") ? "LLLL" : t);
            }
        }
        return out.toString().strip();
    }

    private static boolean isField(String token) {
        char c = token.charAt(0);
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** A pattern cut into fields (runs of one ASCII letter), quoted text, and single other characters. */
    private static List<String> tokens(String pattern) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int end = i + 1;
            if (c == '\'') {
                // Quoted text runs to the next lone quote; a doubled quote is a quote within it.
                while (end < pattern.length()) {
                    if (pattern.charAt(end) == '\'') {
                        if (end + 1 < pattern.length() && pattern.charAt(end + 1) == '\'') {
                            end += 2;
                            continue;
                        }
                        end++;
                        break;
                    }
                    end++;
                }
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                while (end < pattern.length() && pattern.charAt(end) == c) {
                    end++;
                }
            }
            tokens.add(pattern.substring(i, end));
            i = end;
        }
        return tokens;
    }
}
