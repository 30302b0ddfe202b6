package org.coderise.grading.domain;

import jakarta.ejb.ApplicationException;

/** No published exercise has this id, or its language cannot be graded here. Nothing was stored. */
@ApplicationException(rollback = true)
public class UnknownExerciseException extends GradingException {
    private static final long serialVersionUID = 1L;

    public UnknownExerciseException(String message) {
        super(message);
    }
}
