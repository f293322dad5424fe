package gazette.content;

import gazette.diag.Problems;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a live blog's updates, from the times their metadata lines give. A blog is written
 * newest first, and {@code gazette new --live} writes a bare time ({@code *21:17*}), so a bare time
 * means that time on the day of the update below it: the updates are read from the oldest (the
 * bottom) up, a bare time takes the day of the date below it (the blog's own date for the oldest)
 * and the next day when it would be earlier than that date (the blog went past midnight), and a
 * full date sets the day for the updates above it. Taking the blog's first day for every bare time
 * dated each update of a second day 24 hours early, in the timeline, the feeds and the live notice.
 */
final class UpdateTimes {
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(\\s*(?:Z|[+-]\\d{2}:\\d{2}))?");

    /** An update's time as its metadata line writes it, and that line (in the file). */
    record Written(String text, int line) {
    }

    private final String file;
    private final ZoneId zone;
    private final Problems problems;

    UpdateTimes(String file, ZoneId zone, Problems problems) {
        this.file = file;
        this.zone = zone;
        this.problems = problems;
    }

    /**
     * Each update's date, in the order of {@code written} (the file's: newest first).
     *
     * @param blogDate the blog's own date; null when it could not be read (reported already), and then
     *                 the bare times before the first full date are left undated
     */
    List<Optional<NewsDate>> resolve(List<Optional<Written>> written, NewsDate blogDate) {
        List<Optional<NewsDate>> dates = new ArrayList<>(Collections.nCopies(written.size(), Optional.empty()));
        NewsDate below = blogDate;
        Optional<OffsetDateTime> floor = blogDate == null ? Optional.empty() : blogDate.moment();
        boolean belowIsBlog = true;
        for (int i = written.size() - 1; i >= 0; i--) {
            if (written.get(i).isEmpty()) {
                continue; // an update without a time keeps its place; the next one still counts from the date below
            }
            Written w = written.get(i).get();
            Optional<NewsDate> date = read(w, below, floor, belowIsBlog, blogDate);
            if (date.isPresent() && !date.get().withinWritableYears(zone)) {
                problems.error(file, w.line(), 1, "update time '" + w.text() + "' falls on " + date.get().iso()
                        + ", outside the years " + NewsDate.FIRST_YEAR + " to " + NewsDate.LAST_YEAR, NewsDate.YEARS_HINT);
                date = Optional.empty();
            }
            if (date.isPresent()) {
                dates.set(i, date);
                below = date.get();
                floor = earliestReading(w, below);
                belowIsBlog = false;
            }
        }
        return dates;
    }

    /**
     * The earliest instant an update's time may stand for, which the one above it must not precede to
     * be on the same day: its moment, but for a bare time the clocks skip in spring. 01:59 on the night
     * London's clocks go from 01:00 to 02:00 is read in the offset before the change, so 02:59 BST;
     * the writer may as well have meant 00:59 GMT, and an update above it at 02:20 BST was put on the
     * next day (with every update above it) when compared with the later reading.
     */
    private Optional<OffsetDateTime> earliestReading(Written w, NewsDate date) {
        Matcher clock = CLOCK.matcher(w.text());
        return date.moment().map(at -> {
            ZoneOffsetTransition change = clock.matches() && clock.group(3) == null
                    ? zone.getRules().getTransition(at.toLocalDateTime()) : null;
            // Read on the site zone's clock (the offset before the change), not in a blog's own offset (foreignOffset).
            boolean skipped = change != null && change.isGap() && at.getOffset().equals(change.getOffsetBefore());
            return skipped ? OffsetDateTime.of(at.toLocalDateTime(), change.getOffsetAfter()) : at;
        });
    }

    private Optional<NewsDate> read(Written w, NewsDate below, Optional<OffsetDateTime> floor, boolean belowIsBlog, NewsDate blogDate) {
        Matcher clock = CLOCK.matcher(w.text());
        try {
            if (clock.matches()) {
                return clockTime(w, clock, below, floor, belowIsBlog, blogDate);
            }
            NewsDate date = NewsDate.parse(w.text(), zone);
            warnIfOutOfOrder(w, date, below, belowIsBlog, blogDate);
            return Optional.of(date);
        } catch (DateTimeException e) {
            problems.error(file, w.line(), 1, "invalid update time '" + w.text() + "'",
                    "use 14:37, 14:37+01:00, 2013-07-01 or 2013-07-01T14:37:00+06:00");
            return Optional.empty();
        }
    }

    /**
     * {@code 14:37} or {@code 14:37+01:00}: that time on the day of the date below, or the day after
     * when it would be earlier than {@code floor}, the earliest the update below may be.
     */
    private Optional<NewsDate> clockTime(Written w, Matcher clock, NewsDate below, Optional<OffsetDateTime> floor, boolean belowIsBlog,
            NewsDate blogDate) {
        if (below == null) {
            return Optional.empty();
        }
        if (below.precision() == NewsDate.Precision.MONTH) {
            // A month has no day to put the time on, and none is made up.
            problems.error(file, w.line(), 1, "update time '" + w.text() + "' needs a day, and "
                    + (belowIsBlog ? "the article's date" : "the update below it") + " (" + below.iso()
                    + ") gives only a month", "write the day with it: " + below.iso() + "-DDT%02d:%s:00%s".formatted(
                            Integer.parseInt(clock.group(1)), clock.group(2), clock.group(3) == null ? "" : clock.group(3).trim()));
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)));
        Optional<ZoneOffset> offset = clock.group(3) != null
                ? Optional.of(ZoneOffset.of(clock.group(3).trim()))
                : foreignOffset(blogDate);
        // The day below is read where the time is written: 23:10+05:00 is 18:10 on the same day in UTC.
        LocalDate day = below.moment()
                .map(m -> offset.map(o -> m.withOffsetSameInstant(o).toLocalDate())
                        .orElseGet(() -> m.atZoneSameInstant(zone).toLocalDate()))
                .orElse(below.day());
        OffsetDateTime at = on(day, time, offset);
        if (offset.isEmpty()) {
            at = secondWhenTheClocksGoBack(day, time, at, floor);
        }
        if (floor.isPresent() && at.isBefore(floor.get())) {
            OffsetDateTime next = on(day.plusDays(1), time, offset);
            if (offset.isEmpty()) {
                next = secondWhenTheClocksGoBack(day.plusDays(1), time, next, floor);
            }
            // Past midnight is the reading when the gap is a night's; a longer one is more often a slip: two
            // updates in the wrong order (10:05 above 10:10), or a first update before the blog's own time
            // (21:22 in a blog dated 22:22), which put it and every update above it a day late.
            boolean longGap = Duration.between(floor.get(), next).compareTo(LIKELY_NIGHT) > 0;
            if (belowIsBlog && longGap) {
                problems.warning(file, w.line(), 1, "update time '" + w.text() + "' is before the blog's own date "
                        + blogDate.iso() + "; it is kept on that day: check the two");
                return Optional.of(NewsDate.ofMoment(warnIfTwice(w, warnIfSkipped(w, at, offset), offset)));
            }
            if (longGap) {
                problems.warning(file, w.line(), 1, "update time '" + w.text() + "' is earlier than the update below it ("
                        + below.iso() + "), so it is taken as the next day, " + next.toLocalDate()
                        + "; if it is the same day, the two are in the wrong order (newest first)");
            }
            at = next;
        }
        return Optional.of(NewsDate.ofMoment(warnIfTwice(w, warnIfSkipped(w, at, offset), offset)));
    }

    /**
     * The offset a bare time is read in when it is not the site zone's: the blog's, when its date gives
     * one that differs from the zone's at that moment (a blog from Almaty on a London site). A blog in the
     * zone's own offset, or written without one, follows the zone, clock changes included: fixing its
     * offset put every time after the change an hour out.
     */
    private Optional<ZoneOffset> foreignOffset(NewsDate blogDate) {
        return Optional.ofNullable(blogDate).flatMap(NewsDate::moment)
                .map(OffsetDateTime::getOffset)
                .filter(o -> !o.equals(zone.getRules().getOffset(blogDate.moment().get().toInstant())));
    }

    /**
     * A bare time on the night the site's clocks go back, when 01:15 comes twice: the first (summer
     * time) is taken, unless it is before the update below and the second is not (01:15 GMT above
     * 01:45 BST was read as the next day's). Which one was taken is said in a warning (by
     * {@link #warnIfTwice}, once the day is settled): the file alone does not tell.
     */
    private OffsetDateTime secondWhenTheClocksGoBack(LocalDate day, LocalTime time, OffsetDateTime at, Optional<OffsetDateTime> floor) {
        ZoneOffsetTransition change = zone.getRules().getTransition(day.atTime(time));
        if (change == null || change.isGap() || floor.isEmpty() || !at.isBefore(floor.get())) {
            return at;
        }
        OffsetDateTime second = OffsetDateTime.of(day, time, change.getOffsetAfter());
        return second.isBefore(floor.get()) ? at : second;
    }

    /** Warns of a bare time that comes twice on its day, the clocks going back, naming the reading taken and how to write the other. */
    private OffsetDateTime warnIfTwice(Written w, OffsetDateTime at, Optional<ZoneOffset> written) {
        ZoneOffsetTransition change = written.isEmpty() ? zone.getRules().getTransition(at.toLocalDateTime()) : null;
        if (change != null && change.isOverlap()) {
            boolean first = at.getOffset().equals(change.getOffsetBefore());
            ZoneOffset other = first ? change.getOffsetAfter() : change.getOffsetBefore();
            problems.warning(file, w.line(), 1, "update time '" + w.text() + "' comes twice on " + at.toLocalDate() + " in " + zone
                    + " (the clocks go back at " + change.getDateTimeBefore().toLocalTime() + "); it is read as the "
                    + (first ? "first" : "second") + ", " + NewsDate.ofMoment(at).iso() + ": for the " + (first ? "second" : "first")
                    + ", write " + w.text().strip() + other.getId().replace("Z", "+00:00"));
        }
        return at;
    }

    /**
     * Warns of a bare time, on the day it was put on, that the site's clocks skip when they go forward
     * (01:30 in London on 31 March 2013): it is kept, read in the offset before the change.
     */
    private OffsetDateTime warnIfSkipped(Written w, OffsetDateTime at, Optional<ZoneOffset> written) {
        ZoneOffsetTransition change = written.isEmpty() ? zone.getRules().getTransition(at.toLocalDateTime()) : null;
        if (change != null && change.isGap()) {
            problems.warning(file, w.line(), 1, "update time '" + w.text() + "' never comes on " + at.toLocalDate() + " in " + zone
                    + " (the clocks go forward at " + change.getDateTimeBefore().toLocalTime() + "); it is read as "
                    + NewsDate.ofMoment(at).iso() + ": check the time, or write its offset");
        }
        return at;
    }

    /** The longest gap read as a blog going past midnight without a word: longer, and a slip is likelier. */
    private static final Duration LIKELY_NIGHT = Duration.ofHours(12);

    private OffsetDateTime on(LocalDate day, LocalTime time, Optional<ZoneOffset> offset) {
        return OffsetDateTime.of(day, time, offset.orElseGet(() -> zone.getRules().getOffset(day.atTime(time))));
    }

    /**
     * Warns of a full date that all of is before the blog's own date, or before the date of the update
     * below it ("2013-07-01" is not before "2013-07-01T10:00:00+06:00": it may be any time of that day).
     * The date is kept as written: the warning is there to catch a slip of a day or an update pasted in
     * the wrong place.
     */
    private void warnIfOutOfOrder(Written w, NewsDate date, NewsDate below, boolean belowIsBlog, NewsDate blogDate) {
        if (blogDate != null && date.latest(zone).isBefore(blogDate.start(zone))) {
            problems.warning(file, w.line(), 1, "update dated " + date.iso() + " is before the blog's own date "
                    + blogDate.iso() + "; check the two dates");
        } else if (!belowIsBlog && below != null && date.latest(zone).isBefore(below.start(zone))) {
            problems.warning(file, w.line(), 1, "update dated " + date.iso() + " is before the update below it ("
                    + below.iso() + "): updates are written newest first, so check its date or move it down");
        }
    }
}
