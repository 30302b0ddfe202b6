import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int bunches = in.nextInt();
        // TODO: read the price of one bunch, then work out the takings
        int takings = 0;
        System.out.println("Takings: " + takings);
    }
}
