import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AmountsMoreTest {

    @Test
    @DisplayName("spaces around a number are ignored")
    void spacesAreIgnored() {
        assertEquals(75, Amounts.parseOrZero("  75 "), "expected 75 for \"  75 \"");
    }

    @Test
    @DisplayName("a letter O instead of a zero makes the entry unreadable")
    void letterO() {
        assertEquals(0, Amounts.parseOrZero("5O0"), "expected 0 for \"5O0\" (a letter O, not a zero)");
    }

    @Test
    @DisplayName("an empty entry counts as 0")
    void emptyEntry() {
        assertEquals(0, Amounts.parseOrZero(""), "expected 0 for an empty entry \"\"");
        assertEquals(0, Amounts.parseOrZero("   "), "expected 0 for an entry of only spaces");
    }

    @Test
    @DisplayName("a decimal is not a whole number")
    void decimalIsUnreadable() {
        assertEquals(0, Amounts.parseOrZero("12.5"), "expected 0 for \"12.5\" (not a whole number)");
    }

    @Test
    @DisplayName("a negative number is read as it is")
    void negativeNumber() {
        assertEquals(-20, Amounts.parseOrZero("-20"), "expected -20 for \"-20\" (a correction in the notebook)");
    }

    @Test
    @DisplayName("the total of no entries is 0")
    void totalOfNothing() {
        assertEquals(0, Amounts.total(List.of()), "expected 0 for an empty list of entries");
    }

    @Test
    @DisplayName("the total of only unreadable entries is 0")
    void totalOfOnlyBadEntries() {
        assertEquals(0, Amounts.total(List.of("x", "paid later", "")), "expected 0 for [\"x\", \"paid later\", \"\"]");
    }

    @Test
    @DisplayName("a whole month adds up")
    void wholeMonth() {
        List<String> month = List.of("500", "500", " 450", "5O0", "500 ", "later");
        assertEquals(1950, Amounts.total(month), "expected 1950 for [\"500\", \"500\", \" 450\", \"5O0\", \"500 \", \"later\"]");
    }
}
