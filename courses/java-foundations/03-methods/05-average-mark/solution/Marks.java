public class Marks {

    public static double average(int a, int b, int c) {
        return (a + b + c) / 3.0;
    }

    public static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public static String report(int a, int b, int c) {
        double average = average(a, b, c);
        String result = average >= 50 ? "pass" : "not yet";
        return "Average: " + oneDecimal(average) + " (" + result + ")";
    }
}
