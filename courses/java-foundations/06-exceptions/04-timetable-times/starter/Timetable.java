public class Timetable {

    public static int minutesOf(String time) {
        // TODO: check the text, and throw an IllegalArgumentException naming it when it is not a time
        String[] parts = time.split(":");
        return Integer.parseInt(parts[0]) * 60;
    }

    public static int lengthOf(String start, String end) {
        // TODO: throw when end is not after start
        return 0;
    }
}
