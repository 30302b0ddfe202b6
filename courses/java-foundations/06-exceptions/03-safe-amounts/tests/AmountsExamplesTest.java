import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AmountsExamplesTest {

    @Test
    @DisplayName("a whole number is read as it is")
    void wholeNumber() {
        assertEquals(250, Amounts.parseOrZero("250"), "expected 250 for \"250\"");
    }

    @Test
    @DisplayName("text that is not a number counts as 0")
    void notANumber() {
        assertEquals(0, Amounts.parseOrZero("paid later"), "expected 0 for \"paid later\"");
    }

    @Test
    @DisplayName("the total skips unreadable entries")
    void totalSkipsBadEntries() {
        List<String> entries = List.of("100", "abc", " 50");
        assertEquals(150, Amounts.total(entries), "expected 150 for the entries [\"100\", \"abc\", \" 50\"]");
    }
}
