import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int total = in.nextInt();
        int friends = in.nextInt();
        // TODO: this loses the decimals. Make each share a double.
        int share = total / friends;
        System.out.println("Each pays: " + share);
    }
}
