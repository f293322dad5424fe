package gazette.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as precise as the source is, and no more: a month ({@code 1994-03}, shown as
 * "March 1994"), a day ({@code 2013-07-01}) or a moment with the offset it was given in
 * ({@code 2013-07-01T10:30:00+06:00}, shown in that offset, never converted).
 *
 * @param precision how much the source said
 * @param day       the day; the first of the month for {@link Precision#MONTH}
 * @param moment    the moment, present only for {@link Precision#MOMENT}
 */
public record NewsDate(Precision precision, LocalDate day, Optional<OffsetDateTime> moment) implements Comparable<NewsDate> {

    public enum Precision { MONTH, DAY, MOMENT }

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

    public static NewsDate ofMonth(YearMonth month) {
        return new NewsDate(Precision.MONTH, month.atDay(1), Optional.empty());
    }

    public static NewsDate ofDay(LocalDate day) {
        return new NewsDate(Precision.DAY, day, Optional.empty());
    }

    public static NewsDate ofMoment(OffsetDateTime moment) {
        return new NewsDate(Precision.MOMENT, moment.toLocalDate(), Optional.of(moment));
    }

    /**
     * Parses {@code YYYY-MM}, {@code YYYY-MM-DD} or an ISO date-time. A date-time written without
     * an offset is taken to be in {@code zone}, the site's zone.
     *
     * @throws DateTimeParseException with a message fit for the user
     */
    public static NewsDate parse(String text, ZoneId zone) {
        String s = text.trim();
        if (MONTH.matcher(s).matches()) {
            return ofMonth(YearMonth.parse(s));
        }
        if (DAY.matcher(s).matches()) {
            return ofDay(LocalDate.parse(s));
        }
        String t = s.replace(' ', 'T');
        OffsetDateTime common = commonMoment(t);
        if (common != null) {
            return ofMoment(common);
        }
        try {
            return ofMoment(OffsetDateTime.parse(t));
        } catch (DateTimeParseException e) {
            LocalDateTime local = LocalDateTime.parse(t);
            return ofMoment(local.atZone(zone).toOffsetDateTime());
        }
    }

    /**
     * The usual form, {@code 2013-07-01T10:30:00+06:00} or {@code ...:00Z}, read field by field; null for
     * anything else, impossible dates included, which {@link OffsetDateTime#parse} then reads or
     * refuses with its message. {@code DateTimeFormatter} took about 30 µs a date, a few percent of
     * reading a large site.
     */
    static OffsetDateTime commonMoment(String t) {
        boolean utc = t.length() == 20 && t.charAt(19) == 'Z';
        if (!utc && !(t.length() == 25 && (t.charAt(19) == '+' || t.charAt(19) == '-') && t.charAt(22) == ':')
                || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int offsetHours = utc ? 0 : digits(t, 20, 2);
        int offsetMinutes = utc ? 0 : digits(t, 23, 2);
        if ((year | month | day | hour | minute | second | offsetHours | offsetMinutes) < 0) {
            return null;
        }
        int sign = !utc && t.charAt(19) == '-' ? -1 : 1;
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, 0,
                    ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String t, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** When this date starts, for sorting; a day or month starts at midnight in the site's zone. */
    public Instant start(ZoneId zone) {
        return moment.map(OffsetDateTime::toInstant).orElseGet(() -> day.atStartOfDay(zone).toInstant());
    }

    /**
     * The latest instant this date may mean: the moment itself, else the last instant of the day or
     * month in the site's zone ({@code 1994-03} may mean any time until April).
     */
    public Instant latest(ZoneId zone) {
        return moment.map(OffsetDateTime::toInstant).orElseGet(() -> switch (precision) {
            case MONTH -> day.withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant().minusNanos(1);
            default -> day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
        });
    }

    /** The value for an HTML {@code <time datetime>}: {@code 1994-03}, {@code 2013-07-01} or a moment with offset. */
    public String iso() {
        return switch (precision) {
            case MONTH -> YearMonth.from(day).toString();
            case DAY -> day.toString();
            case MOMENT -> inWholeMinutes(moment.orElseThrow()).format(ISO_MINUTES);
        };
    }

    /**
     * The same instant at an offset of whole minutes: HTML, Atom and sitemaps write offsets as hours and
     * minutes only. A zone's local mean time before it took a standard offset is not one: Asia/Almaty
     * was +05:07:48 until 1924, so a day of 1900 would start at {@code 1900-01-01T00:00:00+05:07:48},
     * which no feed reader accepts. Such a moment is written in UTC.
     */
    private static OffsetDateTime inWholeMinutes(OffsetDateTime at) {
        return at.getOffset().getTotalSeconds() % 60 == 0 ? at : at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** An RFC 3339 timestamp for feeds and sitemaps, which cannot say "a day" or "a month". */
    public String rfc3339(ZoneId zone) {
        OffsetDateTime at = moment.orElseGet(() -> day.atStartOfDay(zone).toOffsetDateTime());
        return inWholeMinutes(at).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * For readers, as the language writes dates ({@link DateFormats}): in en-GB "March 1994", "1 July
     * 2013", or "1 July 2013, 10:30 ALMT"; in en-US "July 1, 2013, 10:30 AM ALMT". A moment shows the
     * site zone's name where it is in that zone ({@link #time}).
     */
    public String display(Locale locale, ZoneId siteZone) {
        return switch (precision) {
            case MONTH -> DateFormats.monthYear(locale).format(day);
            case DAY -> DateFormats.day(locale).format(day);
            case MOMENT -> DateFormats.day(locale).format(day) + ", " + time(locale, siteZone);
        };
    }

    /**
     * The time of day and the clock it was read on; empty unless this is a moment. A moment at the
     * offset the site's zone had then is named as readers of that zone know its clock ("10:30 BST",
     * "10:30 GMT" for Europe/London), where the locale's data has a short name of letters for it; any
     * other is named by its offset ("10:30 UTC+06:00"), as is one of a zone whose short name is itself
     * an offset ("GMT-04:00", which would only restate it less plainly).
     */
    public String time(Locale locale, ZoneId siteZone) {
        return moment.map(m -> DateFormats.time(locale).format(m) + " " + clockName(m, locale, siteZone)).orElse("");
    }

    private static final Pattern ZONE_ABBREVIATION = Pattern.compile("[A-Z]{2,6}");
    /** A winter and a summer instant long after every change of clock the zone data knows of. */
    private static final List<Instant> FAR_AHEAD = List.of(Instant.parse("9999-01-15T00:00:00Z"), Instant.parse("9999-07-15T00:00:00Z"));

    private static String clockName(OffsetDateTime at, Locale locale, ZoneId siteZone) {
        ZoneRules rules = siteZone.getRules();
        Instant when = at.toInstant();
        if (rules.getOffset(when).equals(at.getOffset()) && keepsTodaysClock(rules, when)) {
            String name = DateFormats.zoneName(locale).format(at.atZoneSameInstant(siteZone));
            if (ZONE_ABBREVIATION.matcher(name).matches()) {
                return name;
            }
        }
        return offsetName(at.getOffset());
    }

    /**
     * Whether the zone's clock at {@code when}, winter or summer time, is one it still keeps. Short
     * names are today's: the JDK names Asia/Almaty's clock ALMT whether it was UTC+06:00 (until 2024)
     * or UTC+05:00, and Europe/London's GMT in the winters of 1968–71, when it was UTC+01:00; such a
     * clock, like local mean time, is named by its offset. Compared with the zone's last rules, not
     * with today, so the same site reads the same whenever it is built.
     */
    private static boolean keepsTodaysClock(ZoneRules rules, Instant when) {
        boolean summer = rules.isDaylightSavings(when);
        ZoneOffset offset = rules.getOffset(when);
        return FAR_AHEAD.stream().anyMatch(late -> rules.isDaylightSavings(late) == summer && rules.getOffset(late).equals(offset));
    }

    private static String offsetName(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }

    /** The years a date may fall in ({@link #withinWritableYears}). */
    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;
    /** Why, for the hint that comes with a date outside them. */
    public static final String YEARS_HINT = "feeds and sitemaps write a year in four digits, counted in UTC";

    /**
     * Whether this date, as written and from its start to its latest instant in UTC, falls within
     * {@link #FIRST_YEAR} to {@link #LAST_YEAR}. RFC 3339, which feeds and sitemaps use, writes a year in
     * four digits: {@code 0000-01-01} in Asia/Almaty starts on {@code -0001-12-31T18:52:12Z}, which no
     * feed reader reads, and a year before 1000 is far more likely a slip than a news date.
     */
    public boolean withinWritableYears(ZoneId zone) {
        return writable(day.getYear()) && writable(start(zone).atOffset(ZoneOffset.UTC).getYear())
                && writable(latest(zone).atOffset(ZoneOffset.UTC).getYear());
    }

    private static boolean writable(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public int year() {
        return day.getYear();
    }

    /** Chronological order; at the same instant, the less precise date first. */
    @Override
    public int compareTo(NewsDate other) {
        int c = start(ZoneOffset.UTC).compareTo(other.start(ZoneOffset.UTC));
        return c != 0 ? c : precision.compareTo(other.precision);
    }
}
