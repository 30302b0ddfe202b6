package org.coderise.review.rest;

import java.util.Map;

/** The JSON bodies the review API accepts. A wire contract: add fields rather than rename them. */
public final class ReviewBodies {
    private ReviewBodies() {
    }

    /** A learner asks a mentor about one of their graded submissions. */
    public record Ask(long submissionId, String question) {
    }

    /** @param line 1-based line of {@code file} in the reviewed submission */
    public record NewComment(String file, int line, String body) {
    }

    /** @param decision APPROVED, CHANGES_REQUESTED or ANSWERED (questions only); rubric scores are optional */
    public record NewDecision(String decision, String comment, Map<String, Integer> scores) {
    }

    public record Text(String body) {
    }

    public record NewReport(String reason) {
    }

    public record NewSnippet(String title, String body) {
    }
}
