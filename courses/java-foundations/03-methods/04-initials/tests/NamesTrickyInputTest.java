import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NamesTrickyInputTest {

    @Test
    @DisplayName("a single name gives a single initial")
    void singleName() {
        assertEquals("Z", Names.initials("Zainab"), "expected \"Z\" for \"Zainab\"");
    }

    @Test
    @DisplayName("extra spaces at the ends and between words are ignored")
    void extraSpacesAreIgnored() {
        assertEquals("FD", Names.initials("  Fatou   Diallo "), "expected \"FD\" for \"  Fatou   Diallo \" (extra spaces)");
    }

    @Test
    @DisplayName("four names give four initials")
    void fourNames() {
        assertEquals("MAWK", Names.initials("Maria Ana Wambui Kamau"), "expected \"MAWK\" for \"Maria Ana Wambui Kamau\"");
    }

    @Test
    @DisplayName("a name with mixed capitals still gives capitals")
    void mixedCapitals() {
        assertEquals("LD", Names.initials("lucía DÍAZ"), "expected \"LD\" for \"lucía DÍAZ\"");
    }
}
