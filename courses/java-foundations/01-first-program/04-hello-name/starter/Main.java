import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        // TODO: read the name with in.nextLine() and greet that person
        System.out.println("Hello!");
    }
}
