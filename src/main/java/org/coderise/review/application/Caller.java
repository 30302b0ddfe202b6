package org.coderise.review.application;

/** The signed-in person as review needs them: an id and the roles that decide what they may see. */
public record Caller(long id, boolean mentor, boolean admin, boolean manager) {

    public static Caller learner(long id) {
        return new Caller(id, false, false, false);
    }
}
