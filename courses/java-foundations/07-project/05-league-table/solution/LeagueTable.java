import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of a football league: teams, their results and their ranking.
 */
public class LeagueTable {
    private static final int POINTS_FOR_A_WIN = 3;
    private static final int POINTS_FOR_A_DRAW = 1;

    private final Map<String, TeamRecord> records = new HashMap<>();

    public void addTeam(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a team needs a name");
        }
        if (records.containsKey(name)) {
            throw new IllegalArgumentException("the team is already in the league: " + name);
        }
        records.put(name, new TeamRecord());
    }

    public void recordResult(String home, int homeGoals, String away, int awayGoals) {
        TeamRecord homeRecord = recordOf(home);
        TeamRecord awayRecord = recordOf(away);
        if (home.equals(away)) {
            throw new IllegalArgumentException("a team cannot play against itself: " + home);
        }
        if (homeGoals < 0 || awayGoals < 0) {
            throw new IllegalArgumentException("goals cannot be negative, got " + homeGoals + "-" + awayGoals);
        }
        homeRecord.addMatch(homeGoals, awayGoals);
        awayRecord.addMatch(awayGoals, homeGoals);
    }

    public int played(String team) {
        return recordOf(team).played();
    }

    public int points(String team) {
        return recordOf(team).points();
    }

    public int goalDifference(String team) {
        return recordOf(team).goalDifference();
    }

    public List<String> ranking() {
        List<String> teams = new ArrayList<>(records.keySet());
        teams.sort(Comparator.comparingInt(this::points).reversed()
                .thenComparing(Comparator.comparingInt(this::goalDifference).reversed())
                .thenComparing(Comparator.naturalOrder()));
        return teams;
    }

    private TeamRecord recordOf(String team) {
        TeamRecord record = records.get(team);
        if (record == null) {
            throw new IllegalArgumentException("unknown team: " + team);
        }
        return record;
    }

    /** One team's results so far. */
    private static final class TeamRecord {
        private int wins;
        private int draws;
        private int losses;
        private int goalsFor;
        private int goalsAgainst;

        void addMatch(int scored, int conceded) {
            goalsFor += scored;
            goalsAgainst += conceded;
            if (scored > conceded) {
                wins++;
            } else if (scored == conceded) {
                draws++;
            } else {
                losses++;
            }
        }

        int played() {
            return wins + draws + losses;
        }

        int points() {
            return wins * POINTS_FOR_A_WIN + draws * POINTS_FOR_A_DRAW;
        }

        int goalDifference() {
            return goalsFor - goalsAgainst;
        }
    }
}
