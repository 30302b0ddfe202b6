import java.util.ArrayList;
import java.util.List;

/**
 * The table of a football league: teams, their results and their ranking.
 */
public class LeagueTable {

    public void addTeam(String name) {
        // TODO: remember the team; refuse blank names and teams that already exist
    }

    public void recordResult(String home, int homeGoals, String away, int awayGoals) {
        // TODO: update both teams; refuse unknown teams, negative goals and a team playing itself
    }

    public int played(String team) {
        // TODO
        return 0;
    }

    public int points(String team) {
        // TODO: 3 for a win, 1 for a draw, 0 for a loss
        return 0;
    }

    public int goalDifference(String team) {
        // TODO: goals scored minus goals conceded
        return 0;
    }

    public List<String> ranking() {
        // TODO: every team's name, by points, then goal difference, then name
        return new ArrayList<>();
    }
}
