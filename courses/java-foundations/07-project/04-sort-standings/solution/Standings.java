import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Standings {

    private static final Comparator<Standing> LEAGUE_ORDER = Comparator
            .comparingInt(Standing::points).reversed()
            .thenComparing(Comparator.comparingInt(Standing::goalDifference).reversed())
            .thenComparing(Standing::team);

    public static List<Standing> sorted(List<Standing> table) {
        List<Standing> sorted = new ArrayList<>(table);
        sorted.sort(LEAGUE_ORDER);
        return sorted;
    }
}
