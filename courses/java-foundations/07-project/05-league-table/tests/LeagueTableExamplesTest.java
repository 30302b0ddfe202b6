import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeagueTableExamplesTest {

    private LeagueTable league;

    @BeforeEach
    void twoMatchesPlayed() {
        league = new LeagueTable();
        league.addTeam("Simba Queens");
        league.addTeam("Lagos Stars");
        league.addTeam("Kampala Cranes");
        league.recordResult("Simba Queens", 2, "Lagos Stars", 0);
        league.recordResult("Lagos Stars", 1, "Kampala Cranes", 1);
    }

    @Test
    @DisplayName("a win gives 3 points, a draw 1 and a loss 0")
    void pointsForWinsDrawsAndLosses() {
        assertEquals(3, league.points("Simba Queens"), "expected 3 points for Simba Queens after winning 2-0");
        assertEquals(1, league.points("Kampala Cranes"), "expected 1 point for Kampala Cranes after drawing 1-1");
        assertEquals(1, league.points("Lagos Stars"), "expected 1 point for Lagos Stars after losing 0-2 and drawing 1-1");
    }

    @Test
    @DisplayName("games played and goal difference are counted for home and away teams")
    void playedAndGoalDifference() {
        assertEquals(2, league.played("Lagos Stars"), "expected 2 games played by Lagos Stars (once away, once at home)");
        assertEquals(-2, league.goalDifference("Lagos Stars"), "expected a goal difference of -2 for Lagos Stars (scored 1, conceded 3)");
        assertEquals(2, league.goalDifference("Simba Queens"), "expected a goal difference of +2 for Simba Queens after winning 2-0");
    }

    @Test
    @DisplayName("the ranking orders by points, then goal difference")
    void ranking() {
        assertEquals(List.of("Simba Queens", "Kampala Cranes", "Lagos Stars"), league.ranking(),
                "expected Simba Queens (3 points), then Kampala Cranes (1 point, 0) before Lagos Stars (1 point, -2)");
    }

    @Test
    @DisplayName("a result with an unknown team is refused with its name")
    void unknownTeamIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> league.recordResult("Simba Queens", 1, "Accra Hearts", 0),
                "expected an IllegalArgumentException for a match against Accra Hearts, who were never added");
        assertTrue(String.valueOf(e.getMessage()).contains("Accra Hearts"),
                "expected the message to name the unknown team Accra Hearts, but it was: " + e.getMessage());
    }
}
