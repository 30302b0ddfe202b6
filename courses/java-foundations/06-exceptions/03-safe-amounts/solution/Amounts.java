import java.util.List;

public class Amounts {

    public static int parseOrZero(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static int total(List<String> entries) {
        int total = 0;
        for (String entry : entries) {
            total += parseOrZero(entry);
        }
        return total;
    }
}
