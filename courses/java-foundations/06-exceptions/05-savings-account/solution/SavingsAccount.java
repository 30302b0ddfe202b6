public class SavingsAccount {
    private final String owner;
    private int balance;

    public SavingsAccount(String owner) {
        this.owner = owner;
    }

    public String getOwner() {
        return owner;
    }

    public int getBalance() {
        return balance;
    }

    public void deposit(int amount) {
        requirePositive(amount);
        balance += amount;
    }

    public void withdraw(int amount) {
        requirePositive(amount);
        if (amount > balance) {
            throw new InsufficientFundsException(amount - balance);
        }
        balance -= amount;
    }

    private static void requirePositive(int amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be more than 0, got " + amount);
        }
    }
}
