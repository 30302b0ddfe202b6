import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarksExamplesTest {

    @Test
    @DisplayName("the average keeps its decimals")
    void averageKeepsDecimals() {
        assertEquals(81.667, Marks.average(70, 85, 90), 0.001, "expected about 81.667 for marks 70, 85 and 90");
    }

    @Test
    @DisplayName("one decimal rounds to the nearest tenth")
    void oneDecimalRounds() {
        assertEquals(81.7, Marks.oneDecimal(81.666), 0.0001, "expected 81.7 for oneDecimal(81.666)");
    }

    @Test
    @DisplayName("a report shows the rounded average and a pass")
    void reportForAPass() {
        assertEquals("Average: 81.7 (pass)", Marks.report(70, 85, 90), "expected the report for marks 70, 85 and 90");
    }

    @Test
    @DisplayName("a report below 50 says not yet")
    void reportForNotYet() {
        assertEquals("Average: 45.0 (not yet)", Marks.report(40, 45, 50), "expected the report for marks 40, 45 and 50");
    }
}
