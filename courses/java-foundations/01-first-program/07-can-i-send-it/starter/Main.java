import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int balance = in.nextInt();
        int amount = in.nextInt();
        int fee = 10;
        // TODO: add the fee to the cost, and compare the balance with the cost
        int cost = amount;
        boolean canSend = false;
        System.out.println("Total cost: " + cost);
        System.out.println("Can send: " + canSend);
    }
}
