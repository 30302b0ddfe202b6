public class Chart {

    public static String bar(int count) {
        // TODO: build a String of count # signs with a for loop
        return "#";
    }

    public static String row(String day, int count) {
        // TODO: the day, ": " and the bar
        return day;
    }
}
