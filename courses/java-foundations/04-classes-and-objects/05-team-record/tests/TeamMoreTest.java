import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TeamMoreTest {

    @Test
    @DisplayName("a new team has played nothing and has no points")
    void newTeam() {
        Team team = new Team("Lagos Stars");
        assertEquals("Lagos Stars", team.getName(), "expected the name given to the constructor");
        assertEquals(0, team.played(), "expected 0 games for a new team");
        assertEquals(0, team.points(), "expected 0 points for a new team");
        assertEquals("Lagos Stars: 0 points from 0 games", team.toString(), "expected the summary of a new team");
    }

    @Test
    @DisplayName("a win is worth 3 points")
    void winIsWorthThree() {
        Team team = new Team("Lagos Stars");
        team.recordWin();
        assertEquals(3, team.points(), "expected 3 points after 1 win");
    }

    @Test
    @DisplayName("a draw is worth 1 point")
    void drawIsWorthOne() {
        Team team = new Team("Lagos Stars");
        team.recordDraw();
        assertEquals(1, team.points(), "expected 1 point after 1 draw");
    }

    @Test
    @DisplayName("losses count as games but give no points")
    void lossesCountAsGames() {
        Team team = new Team("Lagos Stars");
        team.recordLoss();
        team.recordLoss();
        team.recordLoss();
        assertEquals(3, team.played(), "expected 3 games after 3 losses");
        assertEquals(0, team.points(), "expected 0 points after 3 losses");
    }

    @Test
    @DisplayName("two teams keep their own results")
    void teamsAreIndependent() {
        Team home = new Team("Lagos Stars");
        Team away = new Team("Kampala Cranes");
        home.recordWin();
        away.recordLoss();
        assertEquals(3, home.points(), "expected 3 points for the winner");
        assertEquals(0, away.points(), "expected 0 points for the loser: did you make a field static?");
    }
}
