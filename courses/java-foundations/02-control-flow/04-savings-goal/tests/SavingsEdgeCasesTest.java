import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SavingsEdgeCasesTest {

    @Test
    @DisplayName("a goal of 0 needs no weeks at all")
    void zeroGoalNeedsNoWeeks() {
        assertEquals(0, Savings.weeksToReach(0, 50), "expected 0 weeks to save 0 at 50 a week");
    }

    @Test
    @DisplayName("one week is enough when the weekly saving covers the goal")
    void oneWeekIsEnough() {
        assertEquals(1, Savings.weeksToReach(200, 500), "expected 1 week to save 200 at 500 a week");
    }

    @Test
    @DisplayName("one unit past a multiple needs one more week")
    void onePastAMultipleNeedsAnotherWeek() {
        assertEquals(4, Savings.weeksToReach(301, 100), "expected 4 weeks to save 301 at 100 a week");
    }

    @Test
    @DisplayName("saving 1 a week takes as many weeks as the goal")
    void savingOneAWeek() {
        assertEquals(52, Savings.weeksToReach(52, 1), "expected 52 weeks to save 52 at 1 a week");
    }
}
