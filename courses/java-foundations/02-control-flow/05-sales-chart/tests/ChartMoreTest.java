import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChartMoreTest {

    @Test
    @DisplayName("a bar of 0 is the empty string")
    void barOfZeroIsEmpty() {
        assertEquals("", Chart.bar(0), "expected the empty string \"\" for bar(0)");
    }

    @Test
    @DisplayName("a bar of 1 is a single # sign")
    void barOfOne() {
        assertEquals("#", Chart.bar(1), "expected \"#\" for bar(1)");
    }

    @Test
    @DisplayName("a bar of 12 has twelve # signs")
    void barOfTwelve() {
        assertEquals("############", Chart.bar(12), "expected 12 # signs for bar(12)");
    }

    @Test
    @DisplayName("a row with nothing sold ends after the colon and space")
    void rowWithNothingSold() {
        assertEquals("Sun: ", Chart.row("Sun", 0), "expected \"Sun: \" (with the space) for row(\"Sun\", 0)");
    }

    @Test
    @DisplayName("a row works for any day name")
    void rowForWednesday() {
        assertEquals("Wednesday: ##", Chart.row("Wednesday", 2), "expected \"Wednesday: ##\" for row(\"Wednesday\", 2)");
    }
}
