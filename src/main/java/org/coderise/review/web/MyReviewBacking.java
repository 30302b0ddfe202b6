package org.coderise.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coderise.review.application.Exercises;
import org.coderise.review.application.LearnerReviews;
import org.coderise.review.application.ReviewAccess;
import org.coderise.review.domain.ReviewRequest;
import org.coderise.shared.domain.DomainException;
import org.coderise.shared.web.LocaleSelection;

/**
 * Backs {@code /my-review.xhtml?review=}: where a notification leads a learner, their reviews of that exercise with
 * the comments at their lines (the same include the exercise page can show).
 */
@Named
@RequestScoped
public class MyReviewBacking {
    @Inject
    LearnerReviews reviews;
    @Inject
    ReviewAccess access;
    @Inject
    Exercises exercises;
    @Inject
    PageMessages messages;
    @Inject
    LocaleSelection locale;

    private long review;
    private ReviewRequest request;

    /** The view action: someone else's review id answers 404, like an unknown one. */
    public void load() {
        try {
            request = reviews.find(access.caller(), review);
        } catch (DomainException e) {
            messages.respondWith(e);
        }
    }

    public ReviewRequest getRequest() {
        return request;
    }

    public String getTitle() {
        return exercises.find(request.courseId(), request.exerciseId(), locale.getLanguage())
                .map(Exercises.ExerciseFacts::title).orElse(request.exerciseId());
    }

    public long getReview() {
        return review;
    }

    public void setReview(long review) {
        this.review = review;
    }
}
