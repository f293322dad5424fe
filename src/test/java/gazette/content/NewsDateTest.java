package gazette.content;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dates as precise as the source: a month, a day, or a moment shown in its own offset. */
class NewsDateTest {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Locale EN_GB = Locale.forLanguageTag("en-GB");

    private static NewsDate parse(String text) {
        return NewsDate.parse(text, ALMATY);
    }

    @Test
    void monthOnlyDateShowsAsMonthAndYear() {
        NewsDate d = parse("1994-03");
        assertEquals(NewsDate.Precision.MONTH, d.precision());
        assertEquals("March 1994", d.display(EN_GB, ALMATY));
        assertEquals("1994-03", d.iso());
        assertEquals("", d.time(EN_GB, ALMATY));
    }

    @Test
    void dayShowsAsDayMonthAndYear() {
        NewsDate d = parse("2013-07-01");
        assertEquals(NewsDate.Precision.DAY, d.precision());
        assertEquals("1 July 2013", d.display(EN_GB, ALMATY));
        assertEquals("2013-07-01", d.iso());
    }

    @Test
    void momentIsShownInItsOwnOffsetNotConverted() {
        NewsDate d = NewsDate.parse("2013-07-01T10:30:00+06:00", LONDON);
        assertEquals(NewsDate.Precision.MOMENT, d.precision());
        assertEquals("1 July 2013, 10:30 UTC+06:00", d.display(EN_GB, LONDON));
        assertEquals("10:30 UTC+06:00", d.time(EN_GB, LONDON));
        assertEquals("2013-07-01T10:30+06:00", d.iso());
    }

    @Test
    void momentOnTheSiteZonesClockIsNamedAsItsReadersKnowIt() {
        assertEquals("1 July 2013, 10:30 BST", NewsDate.parse("2013-07-01T10:30", LONDON).display(EN_GB, LONDON));
        assertEquals("10:30 GMT", NewsDate.parse("2013-12-01T10:30", LONDON).time(EN_GB, LONDON));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals("10:30 MESZ", NewsDate.parse("2013-07-01T10:30", berlin).time(Locale.GERMAN, berlin), "in the site's language");
        ZoneId newYork = ZoneId.of("America/New_York");
        assertEquals("10:30 AM EDT", NewsDate.parse("2013-07-01T10:30", newYork).time(Locale.US, newYork));
    }

    @Test
    void momentOffTheSiteZonesClockIsNamedByItsOffset() {
        assertEquals("10:30 UTC+06:00", NewsDate.parse("2013-07-01T10:30+06:00", LONDON).time(EN_GB, LONDON),
                "a blog in another zone");
        assertEquals("10:30 UTC-04:00", NewsDate.parse("2013-07-01T10:30", ZoneId.of("America/New_York"))
                .time(EN_GB, ZoneId.of("America/New_York")), "en-GB's name for it is GMT-04:00, an offset again");
        assertEquals("10:30 UTC+01:00", NewsDate.parse("1970-01-15T10:30", LONDON).time(EN_GB, LONDON),
                "British Standard Time of 1968-71, which the JDK would call GMT");
        assertEquals("10:30 UTC+06:00", NewsDate.parse("2013-07-01T10:30", ALMATY).time(EN_GB, ALMATY),
                "Almaty's clock before 2024, which the JDK would call ALMT as it does today's UTC+05:00");
    }

    @Test
    void momentLateInTheEveningKeepsItsOwnDay() {
        NewsDate d = NewsDate.parse("2013-06-30T23:30:00-05:00", ALMATY);
        assertEquals("30 June 2013, 23:30 UTC-05:00", d.display(EN_GB, ALMATY));
        assertEquals(LocalDate.of(2013, 6, 30), d.day());
    }

    @Test
    void momentInUtcSaysUtc() {
        assertEquals("1 July 2013, 10:30 UTC", parse("2013-07-01T10:30:00Z").display(EN_GB, ALMATY));
    }

    @Test
    void datesReadAsTheSitesLanguageWritesThem() {
        NewsDate month = parse("1994-03");
        NewsDate day = parse("2013-06-30");
        NewsDate moment = NewsDate.parse("2013-07-01T14:05:00+06:00", LONDON);
        Locale us = Locale.forLanguageTag("en-US");
        assertEquals(List.of("March 1994", "June 30, 2013", "July 1, 2013, 2:05 PM UTC+06:00"),
                List.of(month.display(us, ALMATY), day.display(us, ALMATY), moment.display(us, ALMATY)));
        Locale ru = Locale.forLanguageTag("ru");
        assertEquals(List.of("март 1994 г.", "30 июня 2013 г.", "1 июля 2013 г., 14:05 UTC+06:00"),
                List.of(month.display(ru, ALMATY), day.display(ru, ALMATY), moment.display(ru, ALMATY)), "a month alone is not 'марта'");
        Locale zh = Locale.forLanguageTag("zh");
        assertEquals(List.of("1994年3月", "2013年6月30日"), List.of(month.display(zh, ALMATY), day.display(zh, ALMATY)));
        assertEquals(List.of("marzo de 1994", "30 de junio de 2013"),
                List.of(month.display(Locale.forLanguageTag("es"), ALMATY), day.display(Locale.forLanguageTag("es"), ALMATY)));
    }

    @Test
    void aMonthAloneIsTheLongDateWithoutItsDay() {
        assertEquals("LLLL y", DateFormats.monthYear("d MMMM y"));
        assertEquals("LLLL y", DateFormats.monthYear("MMMM d, y"));
        assertEquals("LLLL 'de' y", DateFormats.monthYear("d 'de' MMMM 'de' y"));
        assertEquals("y. LLLL", DateFormats.monthYear("y. MMMM d."), "the day last: its joining text before it goes");
        assertEquals("y 'm'. LLLL", DateFormats.monthYear("y 'm'. MMMM d 'd'."));
        assertEquals("y年M月", DateFormats.monthYear("y年M月d日"));
        assertEquals("LLLL y 'г'.", DateFormats.monthYear("d MMMM y 'г'."));
        assertEquals("LLLL 'o''clock' y", DateFormats.monthYear("d 'de' MMMM 'o''clock' y"), "a quote in quoted text");
    }

    @Test
    void momentWithoutAnOffsetIsInTheSitesZone() {
        assertEquals("2013-07-01T10:30+06:00", NewsDate.parse("2013-07-01T10:30", ALMATY).iso());
        assertEquals("2013-07-01T10:30+01:00", NewsDate.parse("2013-07-01T10:30:00", LONDON).iso());
        assertEquals("2013-01-15T10:30+00:00", NewsDate.parse("2013-01-15T10:30:00", LONDON).iso());
    }

    @Test
    void aSpaceMayStandForTheT() {
        assertEquals("2013-07-01T10:30+06:00", parse("2013-07-01 10:30:00+06:00").iso());
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals("2013-07-01", parse(" 2013-07-01 ").iso());
    }

    @Test
    void impossibleDatesAreRefused() {
        for (String bad : List.of("2013-13-01", "2013-02-30", "1994-00", "1994-3", "yesterday", "01/07/2013", "2013-07-01T25:00",
                "")) {
            assertThrows(DateTimeException.class, () -> parse(bad), bad);
        }
    }

    @Test
    void theUsualMomentsAreReadAsTheJdkReadsThemAndAnythingElseIsLeftToIt() {
        for (String t : java.util.List.of("2013-07-01T10:30:00+06:00", "1994-03-09T23:59:59-05:30", "2013-07-01T10:30:00Z",
                "2020-02-29T00:00:00-00:00", "2013-07-01T10:30:00+14:00")) {
            assertEquals(java.time.OffsetDateTime.parse(t), NewsDate.commonMoment(t), t);
        }
        for (String t : java.util.List.of("2013-02-30T10:30:00+06:00", "2013-07-01T24:30:00+06:00", "2013-07-01T10:30:00+19:00",
                "2013-07-01T10:30+06:00", "2013-07-01T10:30:00.5Z", "2013-07-01X10:30:00+06:00", "2013-07-01T10:3a:00+06:00",
                "2013-07-01T10:30:00+0600", "\u0661013-07-01T10:30:00+06:00")) {
            assertEquals(null, NewsDate.commonMoment(t), t);
        }
        assertEquals("2013-07-01T10:30+06:00", NewsDate.parse("2013-07-01T10:30+06:00", ZoneOffset.UTC).iso(), "left to the JDK, still read");
    }

    @Test
    void rfc3339OfADayIsMidnightInTheSitesZone() {
        assertEquals("2013-07-01T00:00:00+06:00", parse("2013-07-01").rfc3339(ALMATY));
        assertEquals("1994-03-01T00:00:00Z", parse("1994-03").rfc3339(ZoneOffset.UTC));
    }

    @Test
    void anOffsetWithSecondsIsWrittenInUtcForMachines() {
        // Almaty kept local mean time, UTC+05:07:48, until 1924; RFC 3339 and HTML offsets are hours and minutes.
        assertEquals("1899-12-31T18:52:12Z", parse("1900-01-01").rfc3339(ALMATY));
        NewsDate moment = NewsDate.parse("1900-01-01T10:00", ALMATY);
        assertEquals("1900-01-01T04:52+00:00", moment.iso());
        assertEquals("1900-01-01T04:52:12Z", moment.rfc3339(ALMATY));
        assertEquals("1 January 1900, 10:00 UTC+05:07:48", moment.display(Locale.UK, ALMATY), "readers see the clock time as written");
    }

    @Test
    void rfc3339OfAMomentKeepsItsOffsetAndWholeSeconds() {
        assertEquals("2013-07-01T10:30:15+06:00", parse("2013-07-01T10:30:15.250+06:00").rfc3339(LONDON));
        assertEquals("2013-07-01T10:30:00+06:00", parse("2013-07-01T10:30+06:00").rfc3339(LONDON));
    }

    @Test
    void datesSortInTheOrderTheyHappened() {
        List<NewsDate> dates = new ArrayList<>(List.of(
                parse("2013-07-01T10:30:00+06:00"),
                parse("2013-06-30"),
                parse("1994-03-21"),
                parse("1994-03"),
                parse("2013-07-01T09:00:00+01:00")));
        dates.sort(null);
        assertEquals(List.of("1994-03", "1994-03-21", "2013-06-30", "2013-07-01T10:30+06:00", "2013-07-01T09:00+01:00"),
                dates.stream().map(NewsDate::iso).toList());
    }

    @Test
    void momentsAreComparedAsInstantsNotAsClockTimes() {
        NewsDate almaty = parse("2013-07-01T10:30:00+06:00");
        NewsDate london = parse("2013-07-01T09:00:00+01:00");
        assertTrue(almaty.compareTo(london) < 0, "04:30 UTC is before 08:00 UTC");
    }

    @Test
    void aMonthSortsBeforeItsFirstDay() {
        assertTrue(parse("1994-03").compareTo(parse("1994-03-01")) < 0);
        assertTrue(parse("1994-03-01").compareTo(parse("1994-03")) > 0);
    }

    @Test
    void startOfADayDependsOnTheSitesZone() {
        assertEquals("2013-06-30T18:00:00Z", parse("2013-07-01").start(ALMATY).toString());
        assertEquals("2013-07-01T04:30:00Z", parse("2013-07-01T10:30:00+06:00").start(LONDON).toString());
    }

    @Test
    void yearIsTheYearOfTheDayAsWritten() {
        assertEquals(2013, parse("2013-12-31T23:30:00-05:00").year());
        assertEquals(1994, parse("1994-03").year());
    }

    @Test
    void displayFollowsTheSitesLanguage() {
        assertEquals("März 1994", parse("1994-03").display(Locale.GERMAN, ALMATY));
    }

    @Test
    void datesAreWritableFromTheYear1000To9999AsWrittenAndInUtc() {
        assertTrue(parse("1000-01-02").withinWritableYears(ALMATY));
        assertTrue(parse("9999-12").withinWritableYears(ALMATY));
        assertTrue(parse("1994-03").withinWritableYears(ALMATY));
        assertFalse(parse("0000-01-01").withinWritableYears(ALMATY), "a feed would say -0001-12-31T18:52:12Z");
        assertFalse(parse("0999-12").withinWritableYears(ALMATY));
        assertFalse(parse("1000-01-01").withinWritableYears(ALMATY), "it starts on 31 December 999 in UTC");
        assertTrue(parse("1000-01-01").withinWritableYears(ZoneOffset.UTC));
        assertFalse(parse("9999-12-31T23:00:00-05:00").withinWritableYears(ALMATY), "1 January 10000 in UTC");
    }
}
