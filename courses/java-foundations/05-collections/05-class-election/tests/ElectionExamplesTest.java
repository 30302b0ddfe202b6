import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ElectionExamplesTest {

    private final List<String> votes = List.of("Wanjiru", "Aisha", "Wanjiru", "Mei", "Aisha", "Wanjiru");

    @Test
    @DisplayName("every candidate's votes are counted")
    void votesAreCounted() {
        assertEquals(Map.of("Wanjiru", 3, "Aisha", 2, "Mei", 1), Election.count(votes), "expected the counts for the votes " + votes);
    }

    @Test
    @DisplayName("the candidate with the most votes wins")
    void mostVotesWins() {
        assertEquals("Wanjiru", Election.winner(votes), "expected Wanjiru to win with 3 of the votes " + votes);
    }

    @Test
    @DisplayName("on a tie, the first name in alphabetical order wins")
    void tieGoesToAlphabeticalFirst() {
        assertEquals("Aisha", Election.winner(List.of("Mei", "Aisha")), "expected Aisha to win the tie in [Mei, Aisha]");
    }
}
