import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int total = in.nextInt();
        int friends = in.nextInt();
        double share = (double) total / friends;
        System.out.println("Each pays: " + share);
    }
}
