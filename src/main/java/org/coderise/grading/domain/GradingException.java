package org.coderise.grading.domain;

import org.coderise.shared.domain.DomainException;

/**
 * A request grading refuses; the message is for the person who sent it. Nothing was stored or run. REST answers it
 * as a problem whose type and status the subclass chose.
 */
public abstract class GradingException extends DomainException {
    private static final long serialVersionUID = 1L;

    protected GradingException(String type, int status, String message, Object... arguments) {
        super(type, status, message, arguments);
    }
}
