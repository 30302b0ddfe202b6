package org.coderise.learning.domain;

/**
 * One item of a course: a lesson or an exercise, by its stable id.
 *
 * @param reviewed true for an exercise a mentor must approve before it counts as done
 * @param minutes the estimated time to spend on it, for time estimates
 */
public record ItemOutline(String itemId, ItemKind kind, String title, boolean reviewed, int minutes) {

    public boolean isExercise() {
        return kind == ItemKind.EXERCISE;
    }
}
