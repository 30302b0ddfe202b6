import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TakingsExamplesTest {

    private final List<Integer> week = List.of(120, 80, 200, 150, 90);

    @Test
    @DisplayName("the total adds up every day")
    void totalOfTheWeek() {
        assertEquals(640, Takings.total(week), "expected 640 for the takings " + week);
    }

    @Test
    @DisplayName("the best day is the biggest takings")
    void bestDay() {
        assertEquals(200, Takings.best(week), "expected 200 as the best of " + week);
    }

    @Test
    @DisplayName("days above a target are counted")
    void daysAboveTarget() {
        assertEquals(3, Takings.daysAbove(week, 100), "expected 3 days above 100 in " + week);
    }
}
