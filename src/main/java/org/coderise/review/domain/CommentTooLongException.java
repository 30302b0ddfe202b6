package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** A text is longer than the limit. */
public class CommentTooLongException extends DomainException {
    private static final long serialVersionUID = 1L;

    public CommentTooLongException(int maxChars) {
        super("review-comment-too-long", 400, "Keep it under " + maxChars + " characters", maxChars);
    }

    @Override
    public String title() {
        return "Comment too long";
    }
}
