package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** A comment, reply, question or snippet had no text (or only markup the sanitiser removed). */
public class EmptyCommentException extends DomainException {
    private static final long serialVersionUID = 1L;

    public EmptyCommentException() {
        super("review-empty-comment", 400, "Write some text: it is empty");
    }

    @Override
    public String title() {
        return "Empty comment";
    }
}
