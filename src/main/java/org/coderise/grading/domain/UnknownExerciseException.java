package org.coderise.grading.domain;

/** No published exercise has this id. Nothing was stored. */
public class UnknownExerciseException extends GradingException {
    private static final long serialVersionUID = 1L;

    public UnknownExerciseException(String message) {
        super("unknown-exercise", 404, message);
    }

    @Override
    public String title() {
        return "Unknown exercise";
    }
}
