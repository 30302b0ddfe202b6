package org.coderise.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coderise.review.application.LearnerReview;
import org.coderise.review.application.LearnerReviews;
import org.coderise.review.application.ReviewAccess;
import org.coderise.review.application.ReviewIntake;
import org.coderise.review.application.Submissions;

/**
 * Backs {@code /WEB-INF/includes/review-comments.xhtml} on the learner's exercise page: their reviews of the
 * exercise with the mentor's comments at their lines, one reply per thread, reporting a comment, and asking a mentor
 * about an attempt. The including page passes {@code courseId}, {@code exerciseId} and optionally
 * {@code submissionId} (the attempt to ask about).
 */
@Named
@ViewScoped
public class ReviewCommentsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LearnerReviews reviews;
    @Inject
    ReviewIntake intake;
    @Inject
    ReviewAccess access;
    @Inject
    Submissions submissions;
    @Inject
    PageMessages messages;

    private final Map<Long, String> replies = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private String question;
    private transient List<LearnerReview> loaded;
    private String loadedFor;

    /** The caller's reviews of the exercise, newest first (loaded once per request and exercise). */
    public List<LearnerReview> reviewsOf(String courseId, String exerciseId) {
        String key = courseId + "/" + exerciseId;
        if (loaded == null || !key.equals(loadedFor)) {
            loaded = reviews.ofExercise(access.caller(), courseId, exerciseId);
            loadedFor = key;
        }
        return loaded;
    }

    /** The reviewed submission's files, numbered, with the visible comments at their lines. */
    public List<CodeFileView> filesOf(LearnerReview review) {
        return submissions.find(review.request().submissionId()).map(s -> s.files().stream()
                .map(f -> new CodeFileView(f.path(), CodeLine.of(f.content(), f.path(), review.comments()), List.of()))
                .toList()).orElse(List.of());
    }

    public void reply(long commentId) {
        if (messages.attempt(() -> reviews.reply(access.caller(), commentId, replies.get(commentId)))) {
            replies.remove(commentId);
            messages.info("learner.replied");
        }
        loaded = null;
    }

    public void report(long commentId) {
        if (messages.attempt(() -> reviews.report(access.caller(), commentId, reasons.get(commentId)))) {
            reasons.remove(commentId);
            messages.info("learner.reported");
        }
    }

    public void ask(Long submissionId) {
        if (submissionId == null) {
            return;
        }
        if (messages.attempt(() -> intake.ask(access.caller(), submissionId, question))) {
            question = null;
            messages.info("learner.asked");
        }
        loaded = null;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
