package org.coderise.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.coderise.review.api.ReviewCompleted;
import org.coderise.review.domain.AuditEntry;
import org.coderise.review.domain.Decision;
import org.coderise.review.domain.DecisionMissingException;
import org.coderise.review.domain.LineDiff;
import org.coderise.review.domain.LineOutOfRangeException;
import org.coderise.review.domain.Notification;
import org.coderise.review.domain.RenderedText;
import org.coderise.review.domain.RequestKind;
import org.coderise.review.domain.ReviewComment;
import org.coderise.review.domain.ReviewNotFoundException;
import org.coderise.review.domain.ReviewRequest;
import org.coderise.review.domain.RubricScoreOutOfRangeException;
import org.coderise.review.infrastructure.AuditLog;
import org.coderise.review.infrastructure.CommentRenderer;
import org.coderise.review.infrastructure.Inbox;
import org.coderise.review.infrastructure.ReviewComments;
import org.coderise.shared.domain.UtcTime;

/**
 * A mentor's work on one request: reading it, commenting on lines, deciding. Every step is checked (cohort, live
 * claim, line exists, decision chosen, rubric in range) before anything is written, and audited with the write.
 */
@ApplicationScoped
public class MentorReviewing {
    @Inject
    ReviewAccess access;
    @Inject
    ReviewComments comments;
    @Inject
    AuditLog audit;
    @Inject
    Inbox inbox;
    @Inject
    People people;
    @Inject
    Submissions submissions;
    @Inject
    Exercises exercises;
    @Inject
    Completion completion;
    @Inject
    CommentRenderer renderer;
    @Inject
    Event<ReviewCompleted> completed;

    /** The review page's content; the opening is audited (admins see everything, and that is on record). */
    @Transactional
    public ReviewView open(Caller caller, long requestId, String locale) {
        ReviewRequest request = access.forReviewer(caller, requestId);
        LocalDateTime now = UtcTime.now();
        audit.add(new AuditEntry(caller.id(), AuditEntry.Action.VIEWED, requestId, null, now));
        Submissions.Snapshot submission = submissions.find(request.submissionId())
                .orElseThrow(() -> new ReviewNotFoundException(requestId));
        return new ReviewView(request, submission, request.previousSubmissionId().flatMap(submissions::find),
                exercises.find(request.courseId(), request.exerciseId(), locale),
                people.displayName(request.learnerId()).orElse(MentorQueue.NO_NAME),
                comments.of(List.of(requestId)), request.claimant(now).map(m -> m == caller.id()).orElse(false));
    }

    /**
     * Comments on one line of one file of the submission.
     *
     * @param line 1-based
     * @throws LineOutOfRangeException when the file or the line does not exist
     * @throws org.coderise.review.domain.ClaimRequiredException without a live claim
     */
    @Transactional
    public ReviewComment comment(Caller caller, long requestId, String file, int line, String markdown) {
        ReviewRequest request = access.forReviewer(caller, requestId);
        LocalDateTime now = UtcTime.now();
        request.requireClaimBy(caller.id(), now);
        Submissions.Snapshot submission = submissions.find(request.submissionId())
                .orElseThrow(() -> new ReviewNotFoundException(requestId));
        int lineCount = submission.file(file).map(f -> LineDiff.lines(f.content()).length)
                .orElseThrow(() -> new LineOutOfRangeException(String.valueOf(file), line, 0));
        if (line < 1 || line > lineCount) {
            throw new LineOutOfRangeException(file, line, lineCount);
        }
        RenderedText body = renderer.render(markdown);
        request.recordResponse(caller.id(), now);
        ReviewComment comment = comments.add(new ReviewComment(requestId, caller.id(), file, line, body, now));
        audit.add(new AuditEntry(caller.id(), AuditEntry.Action.COMMENTED, requestId,
                "comment " + comment.id() + " at " + file + ":" + line, now));
        return comment;
    }

    /**
     * Decides the request: the learner is notified, learning records an approval or a request for changes of a
     * capstone in the same transaction, and {@link ReviewCompleted} is fired.
     *
     * @param generalComment optional Markdown
     * @param scores rubric scores by criterion name; each must be a criterion of the exercise, 0..its maximum
     * @throws DecisionMissingException when {@code decision} is null
     */
    @Transactional
    public ReviewRequest decide(Caller caller, long requestId, Decision decision, String generalComment,
            Map<String, Integer> scores) {
        if (decision == null) {
            throw new DecisionMissingException();
        }
        ReviewRequest request = access.forReviewer(caller, requestId);
        LocalDateTime now = UtcTime.now();
        request.requireClaimBy(caller.id(), now);
        Map<String, Integer> checked = checkedScores(request, scores == null ? Map.of() : scores);
        RenderedText comment = generalComment == null || generalComment.isBlank() ? new RenderedText(null, null)
                : renderer.render(generalComment);
        request.decide(caller.id(), decision, comment.markdown(), comment.html(), checked, now);
        inbox.add(new Notification(request.learnerId(), Notification.kindOf(decision), requestId, now));
        audit.add(new AuditEntry(caller.id(), AuditEntry.Action.DECIDED, requestId, decision.name(), now));
        if (request.kind() == RequestKind.CAPSTONE && decision != Decision.ANSWERED) {
            completion.recordDecision(request.learnerId(), request.courseId(), request.exerciseId(),
                    decision == Decision.APPROVED);
        }
        completed.fire(new ReviewCompleted(requestId, request.learnerId(), caller.id(), request.cohortId().orElse(null),
                request.courseId(), request.exerciseId(), decision.name(),
                Duration.between(request.requestedAt(), request.firstResponseAt().orElse(now)).toMinutes(), now));
        return request;
    }

    private Map<String, Integer> checkedScores(ReviewRequest request, Map<String, Integer> scores) {
        if (scores.isEmpty()) {
            return scores;
        }
        var rubric = exercises.find(request.courseId(), request.exerciseId(), "en")
                .map(Exercises.ExerciseFacts::rubric).orElse(List.of());
        scores.forEach((criterion, given) -> {
            int score = given == null ? -1 : given;
            int max = rubric.stream().filter(c -> c.name().equals(criterion)).mapToInt(Exercises.RubricCriterion::maxScore)
                    .findFirst().orElseThrow(() -> new RubricScoreOutOfRangeException(criterion, score, 0));
            if (score < 0 || score > max) {
                throw new RubricScoreOutOfRangeException(criterion, score, max);
            }
        });
        return scores;
    }
}
