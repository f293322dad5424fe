package gazette.content.rawcopy;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times on live updates, as newsrooms write them ({@code 10:32am}, {@code 2.15pm},
 * {@code 14:05 BST}), turned into the form the build reads after an update heading: 24-hour
 * {@code HH:MM}, plus a UTC offset when the copy names a zone. The copy gives no date, so the time
 * is only a time; the build puts it on the article's date. Ambiguous abbreviations (IST, CST in
 * Asia) are left out of the table rather than guessed.
 */
final class UpdateTimes {
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("GMT", "+00:00"), Map.entry("UTC", "+00:00"), Map.entry("BST", "+01:00"),
            Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"),
            Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"), Map.entry("ALMT", "+06:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("PST", "-08:00"),
            Map.entry("PDT", "-07:00"));

    private static final String ZONE = String.join("|", ZONES.keySet());
    private static final Pattern ZONE_NAME = Pattern.compile("\\b(?:" + ZONE + ")\\b", Pattern.CASE_INSENSITIVE);
    /**
     * {@code 14:05 BST}, {@code 10:32am}, {@code 2.15 p.m.}, or the wires' {@code 1405 GMT}. Four
     * digits alone are a year or a count ("1405 people"), so that form needs its zone, in capitals
     * as the wires write it.
     */
    private static final String TIME = "(?:(?<h>\\d{1,2})(?:[:.](?<m>\\d{2}))?\\s?(?<ampm>[ap]\\.?\\s?m\\b\\.?)?"
            + "(?:\\s*(?<zone>" + ZONE + ")\\b)?"
            + "|(?<wireh>\\d{2})(?<wirem>\\d{2})\\s?(?-i:(?<wirezone>" + ZONE + "))\\b)";
    /** How a time line may be introduced: {@code Updated at}, {@code UPDATE}, {@code Update:}, {@code Posted}. */
    private static final String LABEL = "(?:(?:update|updated|posted|published)(?:\\s+at)?\\s*:?\\s*)?";
    /** A paragraph that is only a time, perhaps introduced by a label. */
    private static final Pattern TIME_ONLY = Pattern.compile(LABEL + TIME + "\\s*", Pattern.CASE_INSENSITIVE);
    /** A headline led by its time: {@code 14:05 BST: Talks begin}, {@code 10:32am - Minister lands}. */
    private static final Pattern TIME_PREFIX = Pattern.compile(
            LABEL + TIME + "(?:\\s*[-–—:|]\\s*|\\s+)(?<rest>\\S.*)", Pattern.CASE_INSENSITIVE);

    /**
     * A time in the form the build reads.
     *
     * @param original as the copy wrote it
     * @param value    {@code 14:05} or {@code 14:05+01:00}
     */
    record UpdateTime(String original, String value) {
        /** The UTC offset the copy named with its zone, {@code +01:00}; empty for a bare time. */
        Optional<String> offset() {
            return value.length() > 5 ? Optional.of(value.substring(5)) : Optional.empty();
        }

        /** The zone's name as the copy wrote it, {@code BST}; empty for a bare time. */
        Optional<String> zone() {
            Matcher m = ZONE_NAME.matcher(original);
            return offset().isPresent() && m.find() ? Optional.of(m.group().toUpperCase(java.util.Locale.ROOT)) : Optional.empty();
        }

        /** A bare time in the zone the rest of the copy names. */
        UpdateTime inOffset(String offset) {
            return new UpdateTime(original, value.substring(0, 5) + offset);
        }

        /** Minutes since midnight UTC, or since midnight on the clock given for a bare time. */
        int minutes() {
            int clock = Integer.parseInt(value.substring(0, 2)) * 60 + Integer.parseInt(value.substring(3, 5));
            return offset().map(o -> clock - (o.charAt(0) == '-' ? -1 : 1)
                    * (Integer.parseInt(o.substring(1, 3)) * 60 + Integer.parseInt(o.substring(4, 6)))).orElse(clock);
        }
    }

    /** A headline with the time it started with, if it started with one. */
    record TimedText(Optional<UpdateTime> time, String text) {
    }

    private UpdateTimes() {
    }

    /** The time, when the whole paragraph is one. */
    static Optional<UpdateTime> timeOnly(String paragraph) {
        Matcher m = TIME_ONLY.matcher(paragraph.strip());
        return m.matches() ? normalise(m, paragraph.strip()) : Optional.empty();
    }

    /** Splits a leading time off a headline; the text is unchanged when there is none. */
    static TimedText leadingTime(String paragraph) {
        Matcher m = TIME_PREFIX.matcher(paragraph.strip());
        if (m.matches()) {
            Optional<UpdateTime> time = normalise(m, paragraph.strip().substring(0, m.start("rest")).strip());
            if (time.isPresent()) {
                return new TimedText(time, m.group("rest").strip());
            }
        }
        return new TimedText(Optional.empty(), paragraph.strip());
    }

    private static Optional<UpdateTime> normalise(Matcher m, String original) {
        boolean wire = m.group("wireh") != null;
        String ampm = wire ? null : m.group("ampm");
        String minutes = wire ? m.group("wirem") : m.group("m");
        if (minutes == null && ampm == null) {
            return Optional.empty();   // a bare number ("14") is not a time
        }
        int hour = Integer.parseInt(wire ? m.group("wireh") : m.group("h"));
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (minute > 59) {
            return Optional.empty();
        }
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        } else if (hour > 23) {
            return Optional.empty();
        }
        String zone = wire ? m.group("wirezone") : m.group("zone");
        String offset = zone == null ? "" : ZONES.get(zone.toUpperCase(java.util.Locale.ROOT));
        return Optional.of(new UpdateTime(original.replaceAll("[\\s:|–—-]+$", ""),
                "%02d:%02d%s".formatted(hour, minute, offset)));
    }
}
