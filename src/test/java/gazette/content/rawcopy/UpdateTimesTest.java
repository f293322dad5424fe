package gazette.content.rawcopy;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpdateTimesTest {

    @Test
    void newsroomTimesBecomeTwentyFourHourTimesWithOffsets() {
        Map<String, String> cases = Map.ofEntries(Map.entry("10:32am", "10:32"), Map.entry("2.15pm", "14:15"),
                Map.entry("14:05 BST", "14:05+01:00"), Map.entry("9:00 GMT", "09:00+00:00"),
                Map.entry("12:30 UTC", "12:30+00:00"), Map.entry("18:00 CET", "18:00+01:00"),
                Map.entry("18:00 CEST", "18:00+02:00"), Map.entry("16:20 ALMT", "16:20+06:00"),
                Map.entry("12:05am", "00:05"), Map.entry("12:30pm", "12:30"), Map.entry("2pm", "14:00"),
                Map.entry("10.32 a.m.", "10:32"), Map.entry("Updated 14:05", "14:05"),
                Map.entry("Posted at 06:50 GMT", "06:50+00:00"));
        cases.forEach((written, expected) -> assertEquals(Optional.of(expected),
                UpdateTimes.timeOnly(written).map(UpdateTimes.UpdateTime::value), written));
    }

    @Test
    void numbersThatAreNotTimesAreLeftAlone() {
        for (String text : new String[] {"14", "25:00", "13pm", "10:75", "2013", "£700m", "1.5 million"}) {
            assertTrue(UpdateTimes.timeOnly(text).isEmpty(), text);
        }
    }

    @Test
    void updateLabelsAndTheWiresFourDigitTimesAreTimesToo() {
        Map<String, String> cases = Map.ofEntries(Map.entry("UPDATE 14:05 BST", "14:05+01:00"),
                Map.entry("Update at 14:05", "14:05"), Map.entry("Update: 2.15pm", "14:15"),
                Map.entry("1405 GMT", "14:05+00:00"), Map.entry("0650 GMT", "06:50+00:00"),
                Map.entry("2359 UTC", "23:59+00:00"), Map.entry("UPDATE 1405 GMT", "14:05+00:00"));
        cases.forEach((written, expected) -> assertEquals(Optional.of(expected),
                UpdateTimes.timeOnly(written).map(UpdateTimes.UpdateTime::value), written));
    }

    /** Four digits are a year or a count unless a zone in capitals says they are a wire time. */
    @Test
    void fourDigitsWithoutAZoneAreNoTime() {
        for (String text : new String[] {"1405", "1405 people", "2400 GMT", "1475 GMT", "1405 gmt", "Update 1405",
                "Update", "Updates 14:05"}) {
            assertTrue(UpdateTimes.timeOnly(text).isEmpty(), text);
        }
        for (String text : new String[] {"1405 people fled the city", "1405 Ottoman raids"}) {
            assertTrue(UpdateTimes.leadingTime(text).time().isEmpty(), text);
        }
    }

    @Test
    void aTimeLeadingAHeadlineIsSplitOff() {
        UpdateTimes.TimedText timed = UpdateTimes.leadingTime("14:05 BST: Talks begin");
        assertEquals(Optional.of("14:05+01:00"), timed.time().map(UpdateTimes.UpdateTime::value));
        assertEquals("Talks begin", timed.text());
        assertEquals("Minister lands", UpdateTimes.leadingTime("10:32am - Minister lands").text());
        assertEquals("2013 budget passes", UpdateTimes.leadingTime("2013 budget passes").text());
        assertTrue(UpdateTimes.leadingTime("2013 budget passes").time().isEmpty());
        UpdateTimes.TimedText wire = UpdateTimes.leadingTime("1405 GMT - Talks begin");
        assertEquals(Optional.of("14:05+00:00"), wire.time().map(UpdateTimes.UpdateTime::value));
        assertEquals("Talks begin", wire.text());
        assertEquals("Talks begin", UpdateTimes.leadingTime("UPDATE 14:05 BST: Talks begin").text());
    }
}
