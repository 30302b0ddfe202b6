public class Main {
    static int total(int count, int price) {
        return count * price;
    }

    public static void main(String[] args) {
        System.out.println(total(3, 4));
    }
}
