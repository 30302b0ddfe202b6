import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Standings {

    public static List<Standing> sorted(List<Standing> table) {
        List<Standing> sorted = new ArrayList<>(table);
        // TODO: sort the copy by points, then goal difference (both biggest first), then team name
        return sorted;
    }
}
