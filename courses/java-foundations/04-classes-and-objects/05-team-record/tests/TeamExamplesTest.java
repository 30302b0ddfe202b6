import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TeamExamplesTest {

    @Test
    @DisplayName("two wins, a draw and a loss make 7 points from 4 games")
    void twoWinsADrawAndALoss() {
        Team team = new Team("Simba Queens");
        team.recordWin();
        team.recordWin();
        team.recordDraw();
        team.recordLoss();
        assertEquals(4, team.played(), "expected 4 games played after 2 wins, 1 draw and 1 loss");
        assertEquals(7, team.points(), "expected 7 points after 2 wins, 1 draw and 1 loss");
        assertEquals("Simba Queens: 7 points from 4 games", team.toString(), "expected the team's summary after 2 wins, 1 draw and 1 loss");
    }
}
