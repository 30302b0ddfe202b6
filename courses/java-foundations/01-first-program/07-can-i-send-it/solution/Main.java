import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int balance = in.nextInt();
        int amount = in.nextInt();
        int fee = 10;
        int cost = amount + fee;
        boolean canSend = balance >= cost;
        System.out.println("Total cost: " + cost);
        System.out.println("Can send: " + canSend);
    }
}
