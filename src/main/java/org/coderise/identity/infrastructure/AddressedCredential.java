package org.coderise.identity.infrastructure;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** Email and password plus where they came from, which the identity store needs for per-address throttling. */
class AddressedCredential extends UsernamePasswordCredential {
    private final String address;

    AddressedCredential(String email, Password password, String address) {
        super(email, password);
        this.address = address;
    }

    String address() {
        return address;
    }
}
