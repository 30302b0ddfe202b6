import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Election {

    public static Map<String, Integer> count(List<String> votes) {
        Map<String, Integer> counts = new HashMap<>();
        for (String name : votes) {
            counts.put(name, counts.getOrDefault(name, 0) + 1);
        }
        return counts;
    }

    public static String winner(List<String> votes) {
        String best = null;
        int bestVotes = 0;
        for (Map.Entry<String, Integer> entry : count(votes).entrySet()) {
            String name = entry.getKey();
            int received = entry.getValue();
            if (received > bestVotes || (received == bestVotes && name.compareTo(best) < 0)) {
                best = name;
                bestVotes = received;
            }
        }
        return best;
    }
}
