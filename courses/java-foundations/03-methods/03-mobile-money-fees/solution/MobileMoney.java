public class MobileMoney {

    public static int fee(int amount) {
        if (amount <= 100) {
            return 1;
        } else if (amount <= 1000) {
            return 10;
        } else {
            return 25;
        }
    }

    public static boolean canSend(int balance, int amount) {
        return balance >= amount + fee(amount);
    }
}
