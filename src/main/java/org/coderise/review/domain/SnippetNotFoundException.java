package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** No saved snippet with this id of the caller. */
public class SnippetNotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public SnippetNotFoundException(long snippetId) {
        super("review-snippet-not-found", 404, "No snippet " + snippetId, snippetId);
    }

    @Override
    public String title() {
        return "Snippet not found";
    }
}
