public class MobileMoney {

    public static int fee(int amount) {
        // TODO: return 1, 10 or 25 depending on the amount
        return 0;
    }

    public static boolean canSend(int balance, int amount) {
        // TODO: use fee(amount)
        return balance >= amount;
    }
}
