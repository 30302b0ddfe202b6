import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GradesExamplesTest {

    @Test
    @DisplayName("a mark of 92 is an A")
    void markOf92IsA() {
        assertEquals("A", Grades.letter(92), "expected \"A\" for a mark of 92");
    }

    @Test
    @DisplayName("a mark of 70 is a B")
    void markOf70IsB() {
        assertEquals("B", Grades.letter(70), "expected \"B\" for a mark of 70");
    }

    @Test
    @DisplayName("a mark of 55 is a C")
    void markOf55IsC() {
        assertEquals("C", Grades.letter(55), "expected \"C\" for a mark of 55");
    }

    @Test
    @DisplayName("a mark of 49 is a D")
    void markOf49IsD() {
        assertEquals("D", Grades.letter(49), "expected \"D\" for a mark of 49");
    }
}
