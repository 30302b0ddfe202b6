package org.coderise.learning.domain;

import jakarta.ejb.ApplicationException;

/**
 * No certificate with this code that the caller may see. Deliberately the same for "no such code" and "someone
 * else's", so probing codes tells nothing.
 */
@ApplicationException(rollback = true)
public class CertificateNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CertificateNotFoundException() {
        super("No such certificate.");
    }
}
