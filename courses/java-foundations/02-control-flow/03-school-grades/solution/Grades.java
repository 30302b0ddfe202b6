public class Grades {

    public static String letter(int mark) {
        if (mark >= 80) {
            return "A";
        } else if (mark >= 65) {
            return "B";
        } else if (mark >= 50) {
            return "C";
        } else {
            return "D";
        }
    }
}
