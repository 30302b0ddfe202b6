public class Wallet {
    private final String owner;
    private int balance;

    public Wallet(String owner) {
        this.owner = owner;
    }

    public String getOwner() {
        return owner;
    }

    public int getBalance() {
        return balance;
    }

    public void deposit(int amount) {
        // TODO: add the amount to the balance (ignore amounts of 0 or less)
    }

    public boolean withdraw(int amount) {
        // TODO: take the amount out if the balance has enough, and say whether it worked
        return false;
    }
}
