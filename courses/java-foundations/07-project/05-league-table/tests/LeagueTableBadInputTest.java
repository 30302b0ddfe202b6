import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeagueTableBadInputTest {

    private LeagueTable league;

    @BeforeEach
    void twoTeams() {
        league = new LeagueTable();
        league.addTeam("Simba Queens");
        league.addTeam("Lagos Stars");
    }

    @Test
    @DisplayName("a blank team name is refused")
    void blankNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> league.addTeam(""), "expected an IllegalArgumentException for addTeam(\"\")");
        assertThrows(IllegalArgumentException.class, () -> league.addTeam("   "), "expected an IllegalArgumentException for addTeam(\"   \")");
        assertEquals(2, league.ranking().size(), "expected still 2 teams after refusing blank names");
    }

    @Test
    @DisplayName("adding the same team twice is refused")
    void duplicateTeamIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> league.addTeam("Simba Queens"),
                "expected an IllegalArgumentException when adding Simba Queens a second time");
        assertEquals(List.of("Lagos Stars", "Simba Queens"), league.ranking(), "expected Simba Queens only once in the ranking");
    }

    @Test
    @DisplayName("an unknown home team is refused with its name")
    void unknownHomeTeam() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> league.recordResult("Dakar Lions", 1, "Simba Queens", 0),
                "expected an IllegalArgumentException for a match with Dakar Lions at home, who were never added");
        assertTrue(String.valueOf(e.getMessage()).contains("Dakar Lions"),
                "expected the message to name the unknown team Dakar Lions, but it was: " + e.getMessage());
    }

    @Test
    @DisplayName("a refused result changes nothing")
    void refusedResultChangesNothing() {
        assertThrows(IllegalArgumentException.class, () -> league.recordResult("Simba Queens", 3, "Dakar Lions", 0),
                "expected an IllegalArgumentException for a match against Dakar Lions, who were never added");
        assertEquals(0, league.played("Simba Queens"), "expected Simba Queens to have played 0 games: the refused result must not count");
        assertEquals(0, league.points("Simba Queens"), "expected Simba Queens to have 0 points: the refused result must not count");
    }

    @Test
    @DisplayName("negative goals are refused")
    void negativeGoals() {
        assertThrows(IllegalArgumentException.class, () -> league.recordResult("Simba Queens", -1, "Lagos Stars", 0),
                "expected an IllegalArgumentException for -1 home goals");
        assertThrows(IllegalArgumentException.class, () -> league.recordResult("Simba Queens", 2, "Lagos Stars", -3),
                "expected an IllegalArgumentException for -3 away goals");
        assertEquals(0, league.played("Lagos Stars"), "expected Lagos Stars to have played 0 games after refused results");
    }

    @Test
    @DisplayName("a team cannot play against itself")
    void teamAgainstItself() {
        assertThrows(IllegalArgumentException.class, () -> league.recordResult("Simba Queens", 1, "Simba Queens", 1),
                "expected an IllegalArgumentException for Simba Queens playing Simba Queens");
        assertEquals(0, league.played("Simba Queens"), "expected Simba Queens to have played 0 games after the refused result");
    }

    @Test
    @DisplayName("asking about an unknown team is refused")
    void questionsAboutUnknownTeam() {
        assertThrows(IllegalArgumentException.class, () -> league.points("Accra Hearts"),
                "expected an IllegalArgumentException for points(\"Accra Hearts\"), a team never added");
        assertThrows(IllegalArgumentException.class, () -> league.played("Accra Hearts"),
                "expected an IllegalArgumentException for played(\"Accra Hearts\"), a team never added");
        assertThrows(IllegalArgumentException.class, () -> league.goalDifference("Accra Hearts"),
                "expected an IllegalArgumentException for goalDifference(\"Accra Hearts\"), a team never added");
    }
}
