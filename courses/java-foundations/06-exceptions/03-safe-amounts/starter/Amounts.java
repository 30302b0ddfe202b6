import java.util.List;

public class Amounts {

    public static int parseOrZero(String text) {
        // TODO: return 0 instead of crashing when text is not a whole number
        return Integer.parseInt(text);
    }

    public static int total(List<String> entries) {
        // TODO: add up parseOrZero of every entry
        return 0;
    }
}
