public class Chart {

    public static String bar(int count) {
        String bar = "";
        for (int i = 0; i < count; i++) {
            bar = bar + "#";
        }
        return bar;
    }

    public static String row(String day, int count) {
        return day + ": " + bar(count);
    }
}
