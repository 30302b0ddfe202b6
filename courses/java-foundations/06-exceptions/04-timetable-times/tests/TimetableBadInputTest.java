import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimetableBadInputTest {

    private static void assertRefused(String time) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timetable.minutesOf(time),
                "expected an IllegalArgumentException for \"" + time + "\"");
        assertTrue(String.valueOf(e.getMessage()).contains(time),
                "expected the message for \"" + time + "\" to contain \"" + time + "\", but it was: " + e.getMessage());
    }

    @Test
    @DisplayName("one-digit hours, midnight and the last minute are valid")
    void validEdges() {
        assertEquals(520, Timetable.minutesOf("8:40"), "expected 520 for \"8:40\"");
        assertEquals(0, Timetable.minutesOf("00:00"), "expected 0 for \"00:00\"");
        assertEquals(1439, Timetable.minutesOf("23:59"), "expected 1439 for \"23:59\"");
    }

    @Test
    @DisplayName("an hour or minute out of range is refused")
    void outOfRange() {
        assertRefused("25:00");
        assertRefused("24:00");
        assertRefused("12:60");
        assertRefused("-1:30");
    }

    @Test
    @DisplayName("parts that are not numbers are refused with the whole time in the message")
    void notNumbers() {
        assertRefused("ab:cd");
        assertRefused("08:4O");
        assertRefused(":30");
        assertRefused("");
    }

    @Test
    @DisplayName("too many colons are refused")
    void tooManyColons() {
        assertRefused("08:40:00");
    }

    @Test
    @DisplayName("a lesson of zero minutes is refused")
    void zeroLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Timetable.lengthOf("09:00", "09:00"),
                "expected an IllegalArgumentException for a lesson from 09:00 to 09:00");
    }

    @Test
    @DisplayName("a lesson with an invalid time is refused")
    void invalidTimeInLesson() {
        assertThrows(IllegalArgumentException.class, () -> Timetable.lengthOf("09:00", "9.40"),
                "expected an IllegalArgumentException for a lesson from 09:00 to 9.40");
    }

    @Test
    @DisplayName("a long afternoon lesson is measured across the hours")
    void acrossHours() {
        assertEquals(80, Timetable.lengthOf("13:50", "15:10"), "expected 80 minutes from 13:50 to 15:10");
    }
}
