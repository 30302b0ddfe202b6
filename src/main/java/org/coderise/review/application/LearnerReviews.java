package org.coderise.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coderise.review.domain.AlreadyReportedException;
import org.coderise.review.domain.CommentNotFoundException;
import org.coderise.review.domain.CommentReport;
import org.coderise.review.domain.ReasonRequiredException;
import org.coderise.review.domain.ReviewComment;
import org.coderise.review.domain.ReviewRequest;
import org.coderise.review.infrastructure.CommentRenderer;
import org.coderise.review.infrastructure.ReviewComments;
import org.coderise.review.infrastructure.ReviewRequests;
import org.coderise.shared.domain.UtcTime;

/** The learner's side: their reviews of an exercise, one reply per comment thread, and reporting a comment. */
@ApplicationScoped
public class LearnerReviews {
    public static final int MAX_REASON_CHARS = 500;

    @Inject
    ReviewRequests requests;
    @Inject
    ReviewComments comments;
    @Inject
    CommentRenderer renderer;
    @Inject
    ReviewAccess access;

    /** One of the caller's own review requests. @throws org.coderise.review.domain.ReviewNotFoundException else */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewRequest find(Caller caller, long requestId) {
        return access.forLearner(caller, requestId);
    }

    /** The caller's reviews of an exercise, newest first, with their visible comments. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LearnerReview> ofExercise(Caller caller, String courseId, String exerciseId) {
        List<ReviewRequest> mine = requests.ofLearner(caller.id(), courseId, exerciseId);
        Map<Long, List<ReviewComment>> byRequest = comments.of(mine.stream().map(ReviewRequest::id).toList()).stream()
                .filter(c -> !c.hidden()).collect(Collectors.groupingBy(ReviewComment::requestId));
        return mine.stream().map(r -> new LearnerReview(r, byRequest.getOrDefault(r.id(), List.of()))).toList();
    }

    /** @throws org.coderise.review.domain.AlreadyRepliedException on a second reply to the same thread */
    @Transactional
    public ReviewComment reply(Caller caller, long commentId, String markdown) {
        ReviewComment comment = ownComment(caller, commentId);
        comment.reply(renderer.render(markdown), UtcTime.now());
        return comment;
    }

    /** Sends a comment to the admins' queue. @throws AlreadyReportedException when reported before by the caller */
    @Transactional
    public CommentReport report(Caller caller, long commentId, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON_CHARS) {
            throw new ReasonRequiredException();
        }
        ReviewComment comment = ownComment(caller, commentId);
        if (comments.reported(commentId, caller.id())) {
            throw new AlreadyReportedException(commentId);
        }
        return comments.add(new CommentReport(comment.id(), caller.id(), text, UtcTime.now()));
    }

    private ReviewComment ownComment(Caller caller, long commentId) {
        return comments.find(commentId).filter(c -> !c.hidden())
                .filter(c -> requests.find(c.requestId()).map(r -> r.learnerId() == caller.id()).orElse(false))
                .orElseThrow(() -> new CommentNotFoundException(commentId));
    }
}
