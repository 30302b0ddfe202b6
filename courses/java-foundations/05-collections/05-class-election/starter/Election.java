import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Election {

    public static Map<String, Integer> count(List<String> votes) {
        Map<String, Integer> counts = new HashMap<>();
        // TODO: count the votes for each name
        return counts;
    }

    public static String winner(List<String> votes) {
        // TODO: the name with the most votes (alphabetical order on a tie)
        return votes.get(0);
    }
}
