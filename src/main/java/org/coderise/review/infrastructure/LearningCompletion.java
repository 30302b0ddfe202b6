package org.coderise.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coderise.learning.api.LearningFacade;
import org.coderise.review.application.Completion;

/**
 * Review's one adapter to learning: a mentor's decision on a capstone, recorded in the deciding transaction so the
 * decision and the learner's completion never disagree.
 */
@ApplicationScoped
public class LearningCompletion implements Completion {
    @Inject
    LearningFacade learning;

    @Override
    public void recordDecision(long learnerId, String courseId, String exerciseId, boolean approved) {
        learning.recordReviewDecision(learnerId, courseId, exerciseId, approved);
    }
}
