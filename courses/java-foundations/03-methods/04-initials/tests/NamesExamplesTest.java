import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NamesExamplesTest {

    @Test
    @DisplayName("three names give three initials")
    void threeNames() {
        assertEquals("ANO", Names.initials("Amina Njoki Otieno"), "expected \"ANO\" for \"Amina Njoki Otieno\"");
    }

    @Test
    @DisplayName("initials are capitals even when the name is typed in small letters")
    void smallLettersBecomeCapitals() {
        assertEquals("GW", Names.initials("grace wanjiru"), "expected \"GW\" for \"grace wanjiru\"");
    }
}
