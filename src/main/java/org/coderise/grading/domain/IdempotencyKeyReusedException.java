package org.coderise.grading.domain;

/**
 * An idempotency key came back with another exercise or other files than the submission it first made. Nothing was
 * stored: a repeat must be the same request, and new work needs a new key.
 */
public class IdempotencyKeyReusedException extends GradingException {
    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super("idempotency-key-reused", 422, "This Idempotency-Key was used for a different submission;"
                + " send new work with a new key.");
    }

    @Override
    public String title() {
        return "Idempotency key reused";
    }
}
