public class Timetable {

    public static int minutesOf(String time) {
        String[] parts = time.split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a time: " + time);
        }
        int hour;
        int minute;
        try {
            hour = Integer.parseInt(parts[0]);
            minute = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a time: " + time, e);
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw new IllegalArgumentException("not a time: " + time);
        }
        return hour * 60 + minute;
    }

    public static int lengthOf(String start, String end) {
        int length = minutesOf(end) - minutesOf(start);
        if (length <= 0) {
            throw new IllegalArgumentException("the end " + end + " must be after the start " + start);
        }
        return length;
    }
}
