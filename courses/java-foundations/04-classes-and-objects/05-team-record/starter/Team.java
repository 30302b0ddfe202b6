public class Team {
    private final String name;

    public Team(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void recordWin() {
        // TODO
    }

    public void recordDraw() {
        // TODO
    }

    public void recordLoss() {
        // TODO
    }

    public int played() {
        // TODO
        return 0;
    }

    public int points() {
        // TODO: 3 for a win, 1 for a draw
        return 0;
    }

    @Override
    public String toString() {
        // TODO: "Simba Queens: 7 points from 4 games"
        return name;
    }
}
