import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StandingsExamplesTest {

    private static List<String> teams(List<Standing> standings) {
        return standings.stream().map(Standing::team).toList();
    }

    @Test
    @DisplayName("more points first, then the bigger goal difference")
    void pointsThenGoalDifference() {
        List<Standing> table = List.of(
                new Standing("Lagos Stars", 4, 1),
                new Standing("Simba Queens", 7, 3),
                new Standing("Kampala Cranes", 4, 2));
        assertEquals(List.of("Simba Queens", "Kampala Cranes", "Lagos Stars"), teams(Standings.sorted(table)),
                "expected Simba Queens (7 points) first, then Kampala Cranes (4, +2) before Lagos Stars (4, +1)");
    }
}
