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
        // TODO: refuse amounts of 0 or less
        balance += amount;
    }

    public void withdraw(int amount) {
        // TODO: refuse amounts of 0 or less, and amounts bigger than the balance
        balance -= amount;
    }
}
