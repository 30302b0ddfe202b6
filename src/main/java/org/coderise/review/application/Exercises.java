package org.coderise.review.application;

import java.util.List;
import java.util.Optional;

/** The catalog as review needs it: an exercise's title, whether it needs review, and its rubric if any. */
public interface Exercises {

    /** Texts in {@code locale} when the course has them; empty for an exercise not in the current version. */
    Optional<ExerciseFacts> find(String courseId, String exerciseId, String locale);

    record ExerciseFacts(String courseTitle, String title, boolean needsReview, List<RubricCriterion> rubric) {
        public ExerciseFacts {
            rubric = List.copyOf(rubric);
        }
    }

    /** One rubric line a mentor may score from 0 to {@code maxScore}. */
    record RubricCriterion(String name, int maxScore) {
    }
}
