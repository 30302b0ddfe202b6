import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeagueTableRankingTest {

    private static LeagueTable leagueWith(String... teams) {
        LeagueTable league = new LeagueTable();
        for (String team : teams) {
            league.addTeam(team);
        }
        return league;
    }

    @Test
    @DisplayName("a new league has no teams")
    void newLeagueIsEmpty() {
        assertEquals(List.of(), new LeagueTable().ranking(), "expected an empty ranking for a league with no teams");
    }

    @Test
    @DisplayName("teams that have not played are ranked by name with nothing recorded")
    void teamsWithoutGames() {
        LeagueTable league = leagueWith("Tema Tigers", "Abuja Angels", "Kigali Bees");
        assertEquals(List.of("Abuja Angels", "Kigali Bees", "Tema Tigers"), league.ranking(),
                "expected teams with no games in alphabetical order");
        assertEquals(0, league.played("Tema Tigers"), "expected 0 games played for a team just added");
        assertEquals(0, league.points("Tema Tigers"), "expected 0 points for a team just added");
        assertEquals(0, league.goalDifference("Tema Tigers"), "expected a goal difference of 0 for a team just added");
    }

    @Test
    @DisplayName("an away win gives the away team 3 points")
    void awayWin() {
        LeagueTable league = leagueWith("Home", "Away");
        league.recordResult("Home", 0, "Away", 3);
        assertEquals(3, league.points("Away"), "expected 3 points for Away after winning 3-0 away");
        assertEquals(0, league.points("Home"), "expected 0 points for Home after losing 0-3 at home");
        assertEquals(3, league.goalDifference("Away"), "expected a goal difference of +3 for Away after winning 3-0");
        assertEquals(-3, league.goalDifference("Home"), "expected a goal difference of -3 for Home after losing 0-3");
    }

    @Test
    @DisplayName("a goalless draw gives both teams a point")
    void goallessDraw() {
        LeagueTable league = leagueWith("Cairo Stars", "Dakar Lions");
        league.recordResult("Cairo Stars", 0, "Dakar Lions", 0);
        assertEquals(1, league.points("Cairo Stars"), "expected 1 point for Cairo Stars after a 0-0 draw");
        assertEquals(1, league.points("Dakar Lions"), "expected 1 point for Dakar Lions after a 0-0 draw");
        assertEquals(1, league.played("Dakar Lions"), "expected 1 game played by Dakar Lions");
    }

    @Test
    @DisplayName("points count more than goal difference in the ranking")
    void pointsBeforeGoalDifference() {
        LeagueTable league = leagueWith("Big Win", "Two Draws", "Loser", "Other");
        league.recordResult("Big Win", 9, "Loser", 0);
        league.recordResult("Big Win", 0, "Other", 1);
        league.recordResult("Two Draws", 0, "Loser", 0);
        league.recordResult("Two Draws", 2, "Other", 2);
        league.recordResult("Two Draws", 1, "Loser", 1);
        assertEquals(List.of("Other", "Big Win", "Two Draws", "Loser"), league.ranking(),
                "expected Other (4 points, +1) first although Big Win has a bigger goal difference, then Big Win (3 points, +8), Two Draws (3 points, 0), Loser (2 points)");
    }

    @Test
    @DisplayName("equal points and goal difference are ranked by name")
    void nameBreaksTies() {
        LeagueTable league = leagueWith("Nairobi Queens", "Harare Hawks");
        league.recordResult("Nairobi Queens", 2, "Harare Hawks", 2);
        assertEquals(List.of("Harare Hawks", "Nairobi Queens"), league.ranking(),
                "expected Harare Hawks before Nairobi Queens: equal points and goal difference, so alphabetical order");
    }

    @Test
    @DisplayName("a whole season adds up")
    void wholeSeason() {
        LeagueTable league = leagueWith("Simba Queens", "Lagos Stars", "Kampala Cranes", "Accra Hearts");
        league.recordResult("Simba Queens", 3, "Lagos Stars", 1);
        league.recordResult("Kampala Cranes", 0, "Accra Hearts", 2);
        league.recordResult("Lagos Stars", 2, "Accra Hearts", 2);
        league.recordResult("Simba Queens", 0, "Kampala Cranes", 1);
        league.recordResult("Accra Hearts", 1, "Simba Queens", 1);
        league.recordResult("Kampala Cranes", 4, "Lagos Stars", 0);
        assertEquals(5, league.points("Accra Hearts"), "expected 5 points for Accra Hearts (1 win, 2 draws)");
        assertEquals(6, league.points("Kampala Cranes"), "expected 6 points for Kampala Cranes (2 wins, 1 loss)");
        assertEquals(4, league.points("Simba Queens"), "expected 4 points for Simba Queens (1 win, 1 draw, 1 loss)");
        assertEquals(1, league.points("Lagos Stars"), "expected 1 point for Lagos Stars (1 draw, 2 losses)");
        assertEquals(-6, league.goalDifference("Lagos Stars"), "expected a goal difference of -6 for Lagos Stars (scored 3, conceded 9)");
        assertEquals(List.of("Kampala Cranes", "Accra Hearts", "Simba Queens", "Lagos Stars"), league.ranking(),
                "expected the ranking by points after the whole season");
    }
}
