package org.coderise.learning.application;

import java.util.List;
import java.util.Optional;
import org.coderise.sandbox.api.RunResult;

/**
 * The port onto grading for the exercise page: submit the learner's code, follow an attempt until it is graded, list
 * the attempts, and run code once with custom input (the playground, nothing recorded).
 */
public interface ExerciseGrading {

    /** Queues the learner's code for grading; returns the new attempt's id. */
    long submit(long learnerId, String courseId, String exerciseId, String code);

    /** One of the learner's own attempts; empty for an unknown id or someone else's. */
    Optional<Attempt> attempt(long learnerId, long attemptId);

    /** The learner's attempts at an exercise, newest first. */
    List<Attempt> history(long learnerId, String courseId, String exerciseId);

    /** Runs the code once with {@code stdin}; the result's tests are empty. */
    RunResult run(long learnerId, String courseId, String exerciseId, String code, String stdin);
}
