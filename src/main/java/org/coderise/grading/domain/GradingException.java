package org.coderise.grading.domain;

/** A request grading refuses; the message is for the person who sent it. Nothing was stored or run. */
public abstract class GradingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected GradingException(String message) {
        super(message);
    }
}
