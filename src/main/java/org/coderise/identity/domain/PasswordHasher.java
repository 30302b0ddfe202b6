package org.coderise.identity.domain;

/** Turns passwords into slow salted hashes and checks them; the hash string carries its own algorithm and salt. */
public interface PasswordHasher {
    String hash(String password);

    boolean matches(String password, String hash);

    /** Spends the time of one check without an account, so a wrong email answers as slowly as a wrong password. */
    void spendTimeOfOneCheck(String password);
}
