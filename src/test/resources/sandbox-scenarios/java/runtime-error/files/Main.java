public class Main {
    public static void main(String[] args) {
        int[] basket = new int[2];
        System.out.println(basket[3]);
    }
}
