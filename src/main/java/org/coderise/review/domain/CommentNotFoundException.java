package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** No comment with this id that the caller may see. */
public class CommentNotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public CommentNotFoundException(long commentId) {
        super("review-comment-not-found", 404, "No comment " + commentId, commentId);
    }

    @Override
    public String title() {
        return "Comment not found";
    }
}
