public class Savings {

    public static int weeksToReach(int goal, int weeklySaving) {
        // TODO: count the weeks with a while loop
        return 0;
    }
}
