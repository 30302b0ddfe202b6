import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TakingsMoreTest {

    @Test
    @DisplayName("an empty week totals 0")
    void emptyWeek() {
        assertEquals(0, Takings.total(List.of()), "expected 0 for an empty list of takings");
    }

    @Test
    @DisplayName("a single day is both the total and the best")
    void singleDay() {
        List<Integer> oneDay = List.of(75);
        assertEquals(75, Takings.total(oneDay), "expected 75 as the total of " + oneDay);
        assertEquals(75, Takings.best(oneDay), "expected 75 as the best of " + oneDay);
    }

    @Test
    @DisplayName("the best day can be the first or the last")
    void bestAtEitherEnd() {
        List<Integer> firstBest = List.of(300, 10, 20);
        List<Integer> lastBest = List.of(10, 20, 300);
        assertEquals(300, Takings.best(firstBest), "expected 300 as the best of " + firstBest);
        assertEquals(300, Takings.best(lastBest), "expected 300 as the best of " + lastBest);
    }

    @Test
    @DisplayName("a day equal to the target is not above it")
    void equalIsNotAbove() {
        List<Integer> week = List.of(100, 100, 101, 99);
        assertEquals(1, Takings.daysAbove(week, 100), "expected 1 day above 100 in " + week + " (100 itself is not above)");
    }

    @Test
    @DisplayName("days with no sales count as 0")
    void zeroDays() {
        List<Integer> week = List.of(0, 0, 50);
        assertEquals(50, Takings.total(week), "expected 50 as the total of " + week);
        assertEquals(50, Takings.best(week), "expected 50 as the best of " + week);
        assertEquals(0, Takings.daysAbove(week, 50), "expected 0 days above 50 in " + week);
    }
}
