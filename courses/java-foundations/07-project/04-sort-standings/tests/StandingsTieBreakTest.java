import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StandingsTieBreakTest {

    private static List<String> teams(List<Standing> standings) {
        return standings.stream().map(Standing::team).toList();
    }

    @Test
    @DisplayName("points count more than goal difference")
    void pointsBeforeGoalDifference() {
        List<Standing> table = List.of(new Standing("Accra Hearts", 3, 10), new Standing("Dakar Lions", 4, -2));
        assertEquals(List.of("Dakar Lions", "Accra Hearts"), teams(Standings.sorted(table)),
                "expected Dakar Lions (4 points, -2) before Accra Hearts (3 points, +10): points come first");
    }

    @Test
    @DisplayName("equal points and goal difference are ordered by name")
    void nameBreaksTheLastTie() {
        List<Standing> table = List.of(
                new Standing("Nairobi Queens", 5, 0),
                new Standing("Abuja Angels", 5, 0),
                new Standing("Harare Hawks", 5, 0));
        assertEquals(List.of("Abuja Angels", "Harare Hawks", "Nairobi Queens"), teams(Standings.sorted(table)),
                "expected the names in alphabetical order when points (5) and goal difference (0) are equal");
    }

    @Test
    @DisplayName("a negative goal difference comes after a positive one")
    void negativeGoalDifference() {
        List<Standing> table = List.of(new Standing("Cairo Stars", 1, -3), new Standing("Kigali Bees", 1, 2));
        assertEquals(List.of("Kigali Bees", "Cairo Stars"), teams(Standings.sorted(table)),
                "expected Kigali Bees (+2) before Cairo Stars (-3) on 1 point each");
    }

    @Test
    @DisplayName("the list it receives is not changed")
    void inputIsNotChanged() {
        List<Standing> table = new ArrayList<>(List.of(new Standing("B", 0, 0), new Standing("A", 3, 1)));
        Standings.sorted(table);
        assertEquals(List.of("B", "A"), teams(table), "expected the original list to keep its order [B, A]: sort a copy");
    }

    @Test
    @DisplayName("an empty table stays empty")
    void emptyTable() {
        assertEquals(List.of(), Standings.sorted(List.of()), "expected an empty list for an empty table");
    }

    @Test
    @DisplayName("a full table is ordered by all three rules")
    void fullTable() {
        List<Standing> table = List.of(
                new Standing("Mombasa Mermaids", 6, 1),
                new Standing("Lusaka Lionesses", 9, 4),
                new Standing("Arusha Antelopes", 6, 1),
                new Standing("Gulu Gazelles", 6, 3),
                new Standing("Tema Tigers", 0, -9));
        assertEquals(List.of("Lusaka Lionesses", "Gulu Gazelles", "Arusha Antelopes", "Mombasa Mermaids", "Tema Tigers"),
                teams(Standings.sorted(table)), "expected league order: points, then goal difference, then name");
    }
}
