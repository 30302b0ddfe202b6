import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimetableExamplesTest {

    @Test
    @DisplayName("a time becomes minutes after midnight")
    void minutesAfterMidnight() {
        assertEquals(520, Timetable.minutesOf("08:40"), "expected 520 for \"08:40\" (8 * 60 + 40)");
    }

    @Test
    @DisplayName("a time without a colon is refused with a message naming it")
    void noColonIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timetable.minutesOf("8h40"),
                "expected an IllegalArgumentException for \"8h40\"");
        assertTrue(String.valueOf(e.getMessage()).contains("8h40"), "expected the message to contain \"8h40\", but it was: " + e.getMessage());
    }

    @Test
    @DisplayName("a lesson's length is the minutes between start and end")
    void lessonLength() {
        assertEquals(40, Timetable.lengthOf("08:00", "08:40"), "expected 40 minutes from 08:00 to 08:40");
    }

    @Test
    @DisplayName("a lesson that ends before it starts is refused")
    void endBeforeStartIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Timetable.lengthOf("10:00", "09:00"),
                "expected an IllegalArgumentException for a lesson from 10:00 to 09:00");
    }
}
