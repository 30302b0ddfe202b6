package org.coderise.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.coderise.review.domain.EmptyCommentException;
import org.coderise.review.domain.CommentTooLongException;
import org.coderise.review.domain.RequestKind;
import org.coderise.review.domain.ReviewRequest;
import org.coderise.review.domain.SubmissionNotReviewableException;
import org.coderise.review.infrastructure.ReviewRequests;
import org.coderise.shared.domain.UtcTime;

/** How work enters the queue: a graded capstone automatically, or a learner asking a mentor about an attempt. */
@ApplicationScoped
public class ReviewIntake {
    public static final int MAX_QUESTION_CHARS = 2000;
    private static final Logger LOG = Logger.getLogger(ReviewIntake.class.getName());

    @Inject
    ReviewRequests requests;
    @Inject
    Exercises exercises;
    @Inject
    People people;
    @Inject
    Submissions submissions;

    /**
     * A submission was graded: queue it when its exercise needs review. Idempotent per submission, so a repeated
     * event changes nothing.
     */
    @Transactional
    public void graded(long submissionId, long learnerId, String courseId, String exerciseId) {
        boolean needsReview = exercises.find(courseId, exerciseId, "en").map(Exercises.ExerciseFacts::needsReview)
                .orElse(false);
        if (!needsReview || requests.exists(submissionId, RequestKind.CAPSTONE)) {
            return;
        }
        ReviewRequest request = requests.add(ReviewRequest.capstone(
                subject(submissionId, learnerId, courseId, exerciseId), UtcTime.now()));
        LOG.fine(() -> "Capstone submission " + submissionId + " queued for review as request " + request.id());
    }

    /**
     * A learner asks a mentor about one of their graded attempts. Asking twice about one submission returns the
     * first request.
     *
     * @param question plain text, 1 to {@link #MAX_QUESTION_CHARS} characters
     * @throws SubmissionNotReviewableException when the submission is not the caller's or not graded
     */
    @Transactional
    public ReviewRequest ask(Caller caller, long submissionId, String question) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw new EmptyCommentException();
        }
        if (text.length() > MAX_QUESTION_CHARS) {
            throw new CommentTooLongException(MAX_QUESTION_CHARS);
        }
        Submissions.Snapshot submission = submissions.find(submissionId)
                .filter(s -> s.learnerId() == caller.id() && s.graded())
                .orElseThrow(() -> new SubmissionNotReviewableException(submissionId));
        if (requests.exists(submissionId, RequestKind.QUESTION)) {
            return requests.ofLearner(caller.id(), submission.courseId(), submission.exerciseId()).stream()
                    .filter(r -> r.submissionId() == submissionId && r.kind() == RequestKind.QUESTION)
                    .findFirst().orElseThrow();
        }
        return requests.add(ReviewRequest.question(subject(submissionId, caller.id(), submission.courseId(),
                submission.exerciseId()), text, UtcTime.now()));
    }

    /** The learner's first cohort places the request in mentors' queues; the previous request gives the diff. */
    private ReviewRequest.Subject subject(long submissionId, long learnerId, String courseId, String exerciseId) {
        Long cohort = people.cohortIds(learnerId).stream().findFirst().orElse(null);
        Optional<Long> previous = requests.latestFor(learnerId, courseId, exerciseId)
                .map(ReviewRequest::submissionId).filter(id -> id != submissionId);
        return new ReviewRequest.Subject(submissionId, previous.orElse(null), learnerId, cohort, courseId, exerciseId);
    }
}
