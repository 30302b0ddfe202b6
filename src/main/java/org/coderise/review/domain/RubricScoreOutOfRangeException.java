package org.coderise.review.domain;

import org.coderise.shared.domain.DomainException;

/** A rubric score is outside the criterion's range or names no criterion of the exercise. */
public class RubricScoreOutOfRangeException extends DomainException {
    private static final long serialVersionUID = 1L;

    public RubricScoreOutOfRangeException(String criterion, int score, int max) {
        super("review-rubric-score-out-of-range", 400, "Score " + score + " for " + criterion + " must be between 0 and " + max, criterion, score, max);
    }

    @Override
    public String title() {
        return "Rubric score out of range";
    }
}
