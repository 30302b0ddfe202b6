import java.util.List;

public class Takings {

    public static int total(List<Integer> days) {
        int total = 0;
        for (int amount : days) {
            total += amount;
        }
        return total;
    }

    public static int best(List<Integer> days) {
        int best = days.get(0);
        for (int amount : days) {
            best = Math.max(best, amount);
        }
        return best;
    }

    public static int daysAbove(List<Integer> days, int target) {
        int count = 0;
        for (int amount : days) {
            if (amount > target) {
                count++;
            }
        }
        return count;
    }
}
