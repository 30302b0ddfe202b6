package org.coderise.review.application;

import java.util.List;
import java.util.Optional;
import org.coderise.review.domain.ReviewComment;
import org.coderise.review.domain.ReviewRequest;

/**
 * Everything a mentor's review page shows: the request, the submission and the previous attempt (for the diff), the
 * exercise (its rubric), the comments so far and whether the caller holds the claim. Names only, no contact details.
 */
public record ReviewView(ReviewRequest request, Submissions.Snapshot submission,
        Optional<Submissions.Snapshot> previous, Optional<Exercises.ExerciseFacts> exercise, String learnerName,
        List<ReviewComment> comments, boolean claimedByCaller) {
    public ReviewView {
        comments = List.copyOf(comments);
    }
}
