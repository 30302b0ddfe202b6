package org.coderise.grading.domain;

import java.util.regex.Pattern;

/**
 * A client's idempotency key for one submission (the {@code Idempotency-Key} header, or the exercise page's token per
 * click): one to {@link #MAX_CHARS} visible ASCII characters, unique per learner.
 */
public record SubmissionKey(String value) {
    public static final int MAX_CHARS = 100;
    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7e]{1," + MAX_CHARS + "}");

    /** @throws InvalidSubmissionException when the key is empty, too long or not visible ASCII */
    public SubmissionKey {
        if (value == null || !VISIBLE_ASCII.matcher(value).matches()) {
            throw new InvalidSubmissionException("An Idempotency-Key is 1 to " + MAX_CHARS
                    + " visible ASCII characters (a UUID is fine).");
        }
    }
}
