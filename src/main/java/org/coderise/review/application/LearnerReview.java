package org.coderise.review.application;

import java.util.List;
import org.coderise.review.domain.ReviewComment;
import org.coderise.review.domain.ReviewRequest;

/** One of a learner's reviews with the comments they may see (hidden ones left out). */
public record LearnerReview(ReviewRequest request, List<ReviewComment> comments) {
    public LearnerReview {
        comments = List.copyOf(comments);
    }
}
