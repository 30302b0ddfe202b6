public class Grades {

    public static String letter(int mark) {
        // TODO: return "A", "B", "C" or "D" depending on the mark
        return "";
    }
}
