package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** A learner asked about a submission that is not theirs, unknown, or not graded yet. */
public class SubmissionNotReviewableException extends DomainException {
    private static final long serialVersionUID = 1L;

    public SubmissionNotReviewableException(long submissionId) {
        super("review-submission-not-reviewable", 404, "No graded submission " + submissionId + " of yours", submissionId);
    }

    @Override
    public String title() {
        return "No such submission";
    }
}
