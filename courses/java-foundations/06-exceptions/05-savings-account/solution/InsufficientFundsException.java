public class InsufficientFundsException extends RuntimeException {
    private final int shortfall;

    public InsufficientFundsException(int shortfall) {
        super("not enough money: " + shortfall + " missing");
        this.shortfall = shortfall;
    }

    public int getShortfall() {
        return shortfall;
    }
}
