package org.coderise.learning.api;

/**
 * A learner's best result on an exercise so far.
 *
 * @param bestScore the highest score of any graded attempt, 0..maxScore
 * @param passed true once any attempt passed every test
 * @param attempts graded attempts counted
 * @param approved true when a mentor approved it (for exercises that need review)
 */
public record ExerciseScore(int bestScore, int maxScore, boolean passed, int attempts, boolean approved) {
}
