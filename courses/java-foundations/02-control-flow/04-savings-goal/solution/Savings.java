public class Savings {

    public static int weeksToReach(int goal, int weeklySaving) {
        int saved = 0;
        int weeks = 0;
        while (saved < goal) {
            saved += weeklySaving;
            weeks++;
        }
        return weeks;
    }
}
