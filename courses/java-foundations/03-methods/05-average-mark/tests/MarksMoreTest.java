import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarksMoreTest {

    @Test
    @DisplayName("the average of 1, 1 and 2 is not rounded down to 1")
    void smallAverageKeepsDecimals() {
        assertEquals(1.333, Marks.average(1, 1, 2), 0.001, "expected about 1.333 for marks 1, 1 and 2");
    }

    @Test
    @DisplayName("the average of equal marks is that mark")
    void equalMarks() {
        assertEquals(60.0, Marks.average(60, 60, 60), 0.001, "expected 60.0 for marks 60, 60 and 60");
    }

    @Test
    @DisplayName("one decimal rounds down as well as up")
    void oneDecimalRoundsDown() {
        assertEquals(66.7, Marks.oneDecimal(66.6666), 0.0001, "expected 66.7 for oneDecimal(66.6666)");
        assertEquals(12.3, Marks.oneDecimal(12.34), 0.0001, "expected 12.3 for oneDecimal(12.34)");
        assertEquals(50.0, Marks.oneDecimal(50.0), 0.0001, "expected 50.0 for oneDecimal(50.0)");
    }

    @Test
    @DisplayName("an average of exactly 50 is a pass")
    void exactlyFiftyPasses() {
        assertEquals("Average: 50.0 (pass)", Marks.report(40, 50, 60), "expected a pass for marks 40, 50 and 60 (average exactly 50)");
    }

    @Test
    @DisplayName("an average just below 50 is not yet a pass")
    void justBelowFiftyIsNotYet() {
        assertEquals("Average: 49.7 (not yet)", Marks.report(49, 50, 50), "expected the report for marks 49, 50 and 50 (average 49.67, just below 50)");
    }

    @Test
    @DisplayName("full marks give a report of 100.0")
    void fullMarks() {
        assertEquals("Average: 100.0 (pass)", Marks.report(100, 100, 100), "expected the report for marks 100, 100 and 100");
    }
}
