public class Team {
    private final String name;
    private int wins;
    private int draws;
    private int losses;

    public Team(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void recordWin() {
        wins++;
    }

    public void recordDraw() {
        draws++;
    }

    public void recordLoss() {
        losses++;
    }

    public int played() {
        return wins + draws + losses;
    }

    public int points() {
        return wins * 3 + draws;
    }

    @Override
    public String toString() {
        return name + ": " + points() + " points from " + played() + " games";
    }
}
