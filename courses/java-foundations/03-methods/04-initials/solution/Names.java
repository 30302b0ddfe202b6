public class Names {

    public static String initials(String fullName) {
        String initials = "";
        for (String word : fullName.trim().split("\\s+")) {
            initials = initials + word.charAt(0);
        }
        return initials.toUpperCase();
    }
}
