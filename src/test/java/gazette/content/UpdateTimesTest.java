package gazette.content;

import gazette.diag.Problem;
import gazette.diag.Problems;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dates of a live blog's updates, read from the oldest (the bottom of the file) up: a bare time
 * takes the day of the date below it, and the next day when it would be earlier.
 */
class UpdateTimesTest {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private final Problems problems = new Problems(100);

    /** The dates of updates whose metadata lines say {@code times}, newest first ("" for none), on lines 10, 11, ... */
    private List<String> dates(String blogDate, String... times) {
        List<Optional<UpdateTimes.Written>> written = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            written.add(times[i].isEmpty() ? Optional.empty() : Optional.of(new UpdateTimes.Written(times[i], 10 + i)));
        }
        return new UpdateTimes("seeds/live.md", ALMATY, problems).resolve(written, NewsDate.parse(blogDate, ALMATY))
                .stream().map(d -> d.map(NewsDate::iso).orElse("-")).toList();
    }

    private List<String> reported() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    /** Dates as {@link #dates} gives them, on a site in {@code zone}. */
    private List<String> datesIn(ZoneId zone, String blogDate, String... times) {
        List<Optional<UpdateTimes.Written>> written = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            written.add(Optional.of(new UpdateTimes.Written(times[i], 10 + i)));
        }
        return new UpdateTimes("seeds/live.md", zone, problems).resolve(written, NewsDate.parse(blogDate, zone))
                .stream().map(d -> d.map(NewsDate::iso).orElse("-")).toList();
    }

    @Test
    void bareTimesFollowTheSiteZoneAcrossAClockChange() {
        ZoneId london = ZoneId.of("Europe/London");
        // British Summer Time began at 01:00 GMT on 31 March 2013.
        List<String> summer = List.of("2013-03-31T10:00+01:00", "2013-03-30T23:00+00:00");
        assertEquals(summer, datesIn(london, "2013-03-30T22:00:00", "10:00", "23:00"));
        assertEquals(summer, datesIn(london, "2013-03-30T22:00:00Z", "10:00", "23:00"));
        // A blog in an offset the site's zone does not have keeps it: the reporter's clock, not the desk's.
        assertEquals(List.of("2013-03-31T10:00+06:00", "2013-03-30T23:00+06:00"),
                datesIn(london, "2013-03-30T22:00:00+06:00", "10:00", "23:00"));
        assertEquals(List.of(), reported());
    }

    @Test
    void aBareTimeThatComesTwiceWhenTheClocksGoBackIsTheSecondWhenTheFirstIsBeforeTheUpdateBelow() {
        ZoneId london = ZoneId.of("Europe/London");
        // British Summer Time ended at 02:00 BST (01:00 GMT) on 27 October 2013: 01:00-01:59 came twice.
        assertEquals(List.of("2013-10-27T01:15+00:00", "2013-10-27T01:45+01:00"),
                datesIn(london, "2013-10-27T00:30:00", "01:15", "01:45"));
        assertEquals(List.of("2013-10-27T01:45+01:00", "2013-10-27T01:15+01:00"),
                datesIn(london, "2013-10-27T00:30:00", "01:45", "01:15"), "the first, when it is in order");
        // The file alone does not say which was meant: each reading is named, with how to write the other.
        assertEquals(List.of("seeds/live.md:10:1: warning: update time '01:15' comes twice on 2013-10-27 in Europe/London"
                + " (the clocks go back at 02:00); it is read as the second, 2013-10-27T01:15+00:00: for the first, write 01:15+01:00",
                "seeds/live.md:10:1: warning: update time '01:45' comes twice on 2013-10-27 in Europe/London (the clocks go back"
                + " at 02:00); it is read as the first, 2013-10-27T01:45+01:00: for the second, write 01:45+00:00",
                "seeds/live.md:11:1: warning: update time '01:15' comes twice on 2013-10-27 in Europe/London (the clocks go back"
                + " at 02:00); it is read as the first, 2013-10-27T01:15+01:00: for the second, write 01:15+00:00",
                "seeds/live.md:11:1: warning: update time '01:45' comes twice on 2013-10-27 in Europe/London (the clocks go back"
                + " at 02:00); it is read as the first, 2013-10-27T01:45+01:00: for the second, write 01:45+00:00"), reported());
    }

    @Test
    void twoEqualBareTimesOnTheNightTheClocksGoBackAreBothTheFirstWithAWarningEach() {
        ZoneId london = ZoneId.of("Europe/London");
        // 25 October 2026: 01:30 written twice, the second after the clocks went back; nothing in the file says so.
        assertEquals(List.of("2026-10-25T03:00+00:00", "2026-10-25T01:30+01:00", "2026-10-25T01:30+01:00", "2026-10-24T23:40+01:00"),
                datesIn(london, "2026-10-24T22:00:00+01:00", "03:00", "01:30", "01:30", "23:40"));
        assertEquals(2, reported().stream().filter(p -> p.contains("'01:30' comes twice on 2026-10-25")
                && p.contains("read as the first, 2026-10-25T01:30+01:00: for the second, write 01:30+00:00")).count(), reported().toString());
    }

    @Test
    void aBlogInItsOwnOffsetIsNotMovedByTheSiteZonesSpringChange() {
        ZoneId london = ZoneId.of("Europe/London");
        // 01:30 is read at the blog's +06:00, where no hour is skipped: the 02:00 above it is the same day.
        assertEquals(List.of("2013-03-31T02:00+06:00", "2013-03-31T01:30+06:00"),
                datesIn(london, "2013-03-31T00:30:00+06:00", "02:00", "01:30"));
        assertEquals(List.of(), reported());
    }

    @Test
    void updatesAboveATimeTheClocksSkipStayOnItsDay() {
        ZoneId london = ZoneId.of("Europe/London");
        // 29 March 2026, clocks forward at 01:00 GMT. 01:59 never comes; read as 01:59 GMT (02:59 BST), it put
        // 02:20 BST, written above it, and 09:05 above that, on 30 March.
        assertEquals(List.of("2026-03-29T09:05+01:00", "2026-03-29T02:20+01:00", "2026-03-29T01:59+00:00", "2026-03-29T00:40+00:00"),
                datesIn(london, "2026-03-28T21:30:00Z", "09:05", "02:20", "01:59", "00:40"));
        assertEquals(List.of("seeds/live.md:12:1: warning: update time '01:59' never comes on 2026-03-29 in Europe/London"
                + " (the clocks go forward at 01:00); it is read as 2026-03-29T01:59+00:00: check the time, or write its offset"),
                reported());
    }

    @Test
    void aBareTimeTheClocksSkipIsWarnedAboutOnTheDayItIsPutOn() {
        ZoneId london = ZoneId.of("Europe/London");
        // Past midnight into the night of the change: the warning is for the 31st, where the time lands.
        assertEquals(List.of("2013-03-31T09:00+01:00", "2013-03-31T01:15+00:00", "2013-03-30T22:00+00:00"),
                datesIn(london, "2013-03-30T22:00:00", "09:00", "01:15", "22:00"));
        assertEquals(List.of("seeds/live.md:11:1: warning: update time '01:15' never comes on 2013-03-31 in Europe/London"
                + " (the clocks go forward at 01:00); it is read as 2013-03-31T01:15+00:00: check the time, or write its offset"),
                reported());
    }

    @Test
    void aBareTimeTheClocksSkipIsWarnedAbout() {
        ZoneId london = ZoneId.of("Europe/London");
        assertEquals(List.of("2013-03-31T01:30+00:00"), datesIn(london, "2013-03-31T00:30:00", "01:30"));
        assertEquals(List.of("seeds/live.md:10:1: warning: update time '01:30' never comes on 2013-03-31 in Europe/London"
                + " (the clocks go forward at 01:00); it is read as 2013-03-31T01:30+00:00: check the time, or write its offset"), reported());
    }

    @Test
    void aBareTimePastMidnightIsOnTheNextDay() {
        assertEquals(List.of("2026-12-04T00:20+05:00", "2026-12-03T23:10+05:00"),
                dates("2026-12-03T23:10:00+05:00", "00:20", "23:10"));
        assertEquals(List.of(), reported());
    }

    @Test
    void everyBareTimeOfADayAfterTheFirstTakesThatDay() {
        assertEquals(List.of("2013-07-02T09:30+06:00", "2013-07-02T08:00+06:00", "2013-07-01T21:17+06:00", "2013-07-01T14:00+06:00"),
                dates("2013-07-01", "09:30", "08:00", "21:17", "14:00"));
    }

    @Test
    void theOldestBareTimeEarlierThanTheBlogsOwnTimeIsOnTheNextDay() {
        assertEquals(List.of("2013-07-02T00:10+06:00"), dates("2013-07-01T23:50:00+06:00", "00:10"));
    }

    @Test
    void theOldestBareTimeHoursBeforeTheBlogsOwnTimeStaysOnItsDayWithAWarning() {
        // gazette new --live dates the blog when it is made; an editor then writes an earlier first time.
        assertEquals(List.of("2026-12-03T23:00+05:00", "2026-12-03T21:22+05:00"),
                dates("2026-12-03T22:22:00+05:00", "23:00", "21:22"));
        assertEquals(List.of("seeds/live.md:11:1: warning: update time '21:22' is before the blog's own date"
                + " 2026-12-03T22:22+05:00; it is kept on that day: check the two"), reported());
    }

    @Test
    void twoBareTimesInTheWrongOrderAreWarnedAboutNotSilentlyADayApart() {
        assertEquals(List.of("2026-06-02T11:00+05:00", "2026-06-02T10:05+05:00", "2026-06-01T10:10+05:00", "2026-06-01T09:00+05:00"),
                dates("2026-06-01", "11:00", "10:05", "10:10", "09:00"));
        assertEquals(List.of("seeds/live.md:11:1: warning: update time '10:05' is earlier than the update below it"
                + " (2026-06-01T10:10+05:00), so it is taken as the next day, 2026-06-02; if it is the same day, the two"
                + " are in the wrong order (newest first)"), reported());
    }

    @Test
    void aFullDateSetsTheDayForTheUpdatesAboveIt() {
        assertEquals(List.of("2013-07-05T10:00+06:00", "2013-07-05", "2013-07-01T14:00+06:00"),
                dates("2013-07-01", "10:00", "2013-07-05", "14:00"));
        assertEquals(List.of("2013-07-06T09:00+06:00", "2013-07-05T22:00+06:00"),
                dates("2013-07-01", "09:00", "2013-07-05T22:00:00+06:00"));
    }

    @Test
    void anUpdateWithoutATimeIsSkippedOver() {
        assertEquals(List.of("2013-07-02T09:00+06:00", "-", "2013-07-01T22:00+06:00"), dates("2013-07-01", "09:00", "", "22:00"));
    }

    @Test
    void aTimeWithItsOwnOffsetIsComparedAsAMomentNotAsAClockReading() {
        // 18:30Z is 23:30 in +05:00: later than 23:10+05:00 on the same day, not a time past midnight.
        assertEquals(List.of("2026-12-03T18:30+00:00", "2026-12-03T23:10+05:00"), dates("2026-12-03T23:10:00+05:00", "18:30Z", "23:10"));
    }

    @Test
    void fullDatesOutOfNewestFirstOrderAreWarnedAboutAndKept() {
        assertEquals(List.of("2013-07-01", "2013-07-03"), dates("2013-07-01", "2013-07-01", "2013-07-03"));
        assertEquals(List.of("seeds/live.md:10:1: warning: update dated 2013-07-01 is before the update below it (2013-07-03):"
                + " updates are written newest first, so check its date or move it down"), reported());
    }

    @Test
    void aDayIsNotBeforeAMomentOfThatDay() {
        dates("2013-07-01", "2013-07-01", "2013-07-01T14:00:00+06:00", "14:00");
        assertEquals(List.of(), reported());
    }

    @Test
    void anUpdateDatedBeforeTheBlogIsWarnedAbout() {
        assertEquals(List.of("2013-06-30"), dates("2013-07-01", "2013-06-30"));
        assertEquals(List.of("seeds/live.md:10:1: warning: update dated 2013-06-30 is before the blog's own date 2013-07-01;"
                + " check the two dates"), reported());
    }

    @Test
    void aBareTimeAboveAMonthIsAnErrorNotAMadeUpDay() {
        assertEquals(List.of("-", "1994-03"), dates("1994-03", "14:05", "1994-03"));
        assertEquals(List.of("seeds/live.md:10:1: update time '14:05' needs a day, and the update below it (1994-03) gives only"
                + " a month (write the day with it: 1994-03-DDT14:05:00)"), reported());
    }

    @Test
    void theDayToWriteIsShownWithTheUpdatesOwnTimeAndOffset() {
        assertEquals(List.of("-"), dates("1994-03", "9:05 +01:00"));
        assertEquals(List.of("seeds/live.md:10:1: update time '9:05 +01:00' needs a day, and the article's date (1994-03) gives"
                + " only a month (write the day with it: 1994-03-DDT09:05:00+01:00)"), reported());
    }

    @Test
    void aTimeThatFallsPastTheYear9999IsAnError() {
        assertEquals(List.of("-", "9999-12-31T23:00+05:00"), dates("9999-12-31", "00:10", "23:00"));
        assertEquals(1, problems.errorCount(), reported().toString());
        assertEquals("seeds/live.md:10:1: update time '00:10' falls on +10000-01-01T00:10+05:00, outside the years 1000 to 9999"
                + " (feeds and sitemaps write a year in four digits, counted in UTC)", reported().get(0));
    }
}
