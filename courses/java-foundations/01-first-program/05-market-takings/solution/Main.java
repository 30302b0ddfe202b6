import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int bunches = in.nextInt();
        int price = in.nextInt();
        int takings = bunches * price;
        System.out.println("Takings: " + takings);
    }
}
