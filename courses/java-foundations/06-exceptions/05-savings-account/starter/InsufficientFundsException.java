public class InsufficientFundsException extends RuntimeException {

    public InsufficientFundsException(int shortfall) {
        // TODO: remember the shortfall and give a message that mentions it
        super("not enough money");
    }

    public int getShortfall() {
        // TODO
        return 0;
    }
}
