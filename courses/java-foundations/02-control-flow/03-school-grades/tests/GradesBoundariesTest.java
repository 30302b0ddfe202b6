import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GradesBoundariesTest {

    @Test
    @DisplayName("the edge marks 80, 65 and 50 get the higher grade")
    void edgeMarksGetTheHigherGrade() {
        assertEquals("A", Grades.letter(80), "expected \"A\" for a mark of exactly 80");
        assertEquals("B", Grades.letter(65), "expected \"B\" for a mark of exactly 65");
        assertEquals("C", Grades.letter(50), "expected \"C\" for a mark of exactly 50");
    }

    @Test
    @DisplayName("the marks just below an edge get the lower grade")
    void marksJustBelowAnEdgeGetTheLowerGrade() {
        assertEquals("B", Grades.letter(79), "expected \"B\" for a mark of 79");
        assertEquals("C", Grades.letter(64), "expected \"C\" for a mark of 64");
        assertEquals("D", Grades.letter(49), "expected \"D\" for a mark of 49");
    }

    @Test
    @DisplayName("the lowest and highest marks are a D and an A")
    void lowestAndHighestMarks() {
        assertEquals("D", Grades.letter(0), "expected \"D\" for a mark of 0");
        assertEquals("A", Grades.letter(100), "expected \"A\" for a mark of 100");
    }
}
