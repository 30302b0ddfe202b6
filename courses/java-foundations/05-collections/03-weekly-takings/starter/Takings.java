import java.util.List;

public class Takings {

    public static int total(List<Integer> days) {
        // TODO: add up every day
        return 0;
    }

    public static int best(List<Integer> days) {
        // TODO: the biggest takings
        return days.get(0);
    }

    public static int daysAbove(List<Integer> days, int target) {
        // TODO: count the days with more than target
        return 0;
    }
}
