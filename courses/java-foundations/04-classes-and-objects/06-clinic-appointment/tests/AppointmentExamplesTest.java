import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppointmentExamplesTest {

    private final Appointment halima = new Appointment("Halima", 9, 5);
    private final Appointment joy = new Appointment("Joy", 14, 30);

    @Test
    @DisplayName("the time has two digits for the hour and the minute")
    void timeHasTwoDigits() {
        assertEquals("09:05", halima.time(), "expected \"09:05\" for 9 hours and 5 minutes");
        assertEquals("14:30", joy.time(), "expected \"14:30\" for 14 hours and 30 minutes");
    }

    @Test
    @DisplayName("an appointment before noon is in the morning")
    void morning() {
        assertTrue(halima.isMorning(), "expected 09:05 to be in the morning");
        assertFalse(joy.isMorning(), "expected 14:30 not to be in the morning");
    }

    @Test
    @DisplayName("an earlier appointment is before a later one")
    void earlierIsBefore() {
        assertTrue(halima.isBefore(joy), "expected 09:05 to be before 14:30");
        assertFalse(joy.isBefore(halima), "expected 14:30 not to be before 09:05");
    }
}
