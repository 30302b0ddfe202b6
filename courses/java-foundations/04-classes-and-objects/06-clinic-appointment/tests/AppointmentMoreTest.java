import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppointmentMoreTest {

    @Test
    @DisplayName("midnight and the last minute of the day are formatted with two digits")
    void extremesOfTheDay() {
        assertEquals("00:00", new Appointment("Esi", 0, 0).time(), "expected \"00:00\" for 0 hours and 0 minutes");
        assertEquals("23:59", new Appointment("Esi", 23, 59).time(), "expected \"23:59\" for 23 hours and 59 minutes");
        assertEquals("10:00", new Appointment("Esi", 10, 0).time(), "expected \"10:00\" for 10 hours and 0 minutes");
    }

    @Test
    @DisplayName("11:59 is the morning and 12:00 is not")
    void noonIsNotMorning() {
        assertTrue(new Appointment("Esi", 11, 59).isMorning(), "expected 11:59 to be in the morning");
        assertFalse(new Appointment("Esi", 12, 0).isMorning(), "expected 12:00 not to be in the morning");
    }

    @Test
    @DisplayName("within the same hour, the minutes decide")
    void sameHourMinutesDecide() {
        Appointment early = new Appointment("Ama", 10, 15);
        Appointment late = new Appointment("Beth", 10, 45);
        assertTrue(early.isBefore(late), "expected 10:15 to be before 10:45");
        assertFalse(late.isBefore(early), "expected 10:45 not to be before 10:15");
    }

    @Test
    @DisplayName("the hour counts more than the minutes")
    void hourCountsMore() {
        Appointment nineFifty = new Appointment("Ama", 9, 50);
        Appointment tenOh = new Appointment("Beth", 10, 0);
        assertTrue(nineFifty.isBefore(tenOh), "expected 09:50 to be before 10:00");
        assertFalse(tenOh.isBefore(nineFifty), "expected 10:00 not to be before 09:50");
    }

    @Test
    @DisplayName("two appointments at the same time are not before each other")
    void sameTimeIsNotBefore() {
        Appointment one = new Appointment("Ama", 8, 30);
        Appointment other = new Appointment("Beth", 8, 30);
        assertFalse(one.isBefore(other), "expected 08:30 not to be before another 08:30");
    }
}
