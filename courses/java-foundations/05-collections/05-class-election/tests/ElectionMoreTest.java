import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ElectionMoreTest {

    @Test
    @DisplayName("no votes give an empty count")
    void noVotes() {
        assertTrue(Election.count(List.of()).isEmpty(), "expected an empty map for an empty list of votes");
    }

    @Test
    @DisplayName("a single vote elects that candidate")
    void singleVote() {
        List<String> votes = List.of("Chipo");
        assertEquals(Map.of("Chipo", 1), Election.count(votes), "expected {Chipo=1} for the votes " + votes);
        assertEquals("Chipo", Election.winner(votes), "expected Chipo to win with the only vote");
    }

    @Test
    @DisplayName("the winner does not have to get the first vote")
    void winnerCanStartLate() {
        List<String> votes = List.of("Ama", "Zola", "Zola");
        assertEquals("Zola", Election.winner(votes), "expected Zola to win with 2 of the votes " + votes);
    }

    @Test
    @DisplayName("a three-way tie goes to the first name in alphabetical order")
    void threeWayTie() {
        List<String> votes = List.of("Ngozi", "Mei", "Lucia", "Ngozi", "Lucia", "Mei");
        assertEquals("Lucia", Election.winner(votes), "expected Lucia to win the three-way tie in " + votes);
    }

    @Test
    @DisplayName("a tie for second place does not matter")
    void tieBelowTheWinner() {
        List<String> votes = List.of("Bea", "Ada", "Cleo", "Cleo", "Cleo");
        assertEquals("Cleo", Election.winner(votes), "expected Cleo to win with 3 of the votes " + votes);
    }

    @Test
    @DisplayName("names are counted exactly as written")
    void namesAreExact() {
        List<String> votes = List.of("Ama", "Ama", "Esi");
        assertEquals(Map.of("Ama", 2, "Esi", 1), Election.count(votes), "expected {Ama=2, Esi=1} for the votes " + votes);
    }
}
