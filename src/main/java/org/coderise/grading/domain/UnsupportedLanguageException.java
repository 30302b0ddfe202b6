package org.coderise.grading.domain;

import jakarta.ejb.ApplicationException;

/** The sandbox does not run this language. Nothing was run or stored. */
@ApplicationException(rollback = true)
public class UnsupportedLanguageException extends GradingException {
    private static final long serialVersionUID = 1L;

    public UnsupportedLanguageException(String message) {
        super(message);
    }
}
