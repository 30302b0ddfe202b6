import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SavingsExamplesTest {

    @Test
    @DisplayName("saving 300 a week reaches 1000 after 4 weeks")
    void saving300ReachesAThousandIn4Weeks() {
        assertEquals(4, Savings.weeksToReach(1000, 300), "expected 4 weeks to save 1000 at 300 a week");
    }

    @Test
    @DisplayName("saving 300 a week reaches exactly 900 after 3 weeks")
    void exactGoalIsReached() {
        assertEquals(3, Savings.weeksToReach(900, 300), "expected 3 weeks to save 900 at 300 a week");
    }
}
