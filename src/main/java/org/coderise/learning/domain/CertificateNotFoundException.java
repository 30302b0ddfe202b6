package org.coderise.learning.domain;

import org.coderise.shared.domain.DomainException;

/**
 * No certificate with this code that the caller may see. Deliberately the same for "no such code" and "someone
 * else's", so probing codes tells nothing.
 */
public class CertificateNotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public CertificateNotFoundException() {
        super("certificate-not-found", 404, "No such certificate.");
    }

    @Override
    public String title() {
        return "Certificate not found";
    }
}
