import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChartExamplesTest {

    @Test
    @DisplayName("a bar of 3 is three # signs")
    void barOfThree() {
        assertEquals("###", Chart.bar(3), "expected \"###\" for bar(3)");
    }

    @Test
    @DisplayName("a row shows the day, a colon, a space and the bar")
    void rowForMonday() {
        assertEquals("Mon: ####", Chart.row("Mon", 4), "expected \"Mon: ####\" for row(\"Mon\", 4)");
    }
}
