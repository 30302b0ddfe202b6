public class Names {

    public static String initials(String fullName) {
        // TODO: the first letter of each word, in capitals
        return fullName.substring(0, 1);
    }
}
