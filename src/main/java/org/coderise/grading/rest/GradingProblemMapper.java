package org.coderise.grading.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.coderise.grading.domain.GradingException;
import org.coderise.grading.domain.InvalidSubmissionException;
import org.coderise.grading.domain.SubmissionNotFoundException;
import org.coderise.grading.domain.SubmissionRateLimitedException;
import org.coderise.grading.domain.SubmissionTooLargeException;
import org.coderise.grading.domain.UnknownExerciseException;
import org.coderise.grading.domain.UnsupportedLanguageException;

/**
 * Grading's refusals as RFC 9457 problems. The {@code type} URIs are a contract: clients branch on them.
 */
@Provider
public class GradingProblemMapper implements ExceptionMapper<GradingException> {
    static final String TYPE_BASE = "https://coderise.org/problems/";
    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Response toResponse(GradingException e) {
        var problem = problem(e);
        var response = Response.status(problem.status()).type(PROBLEM_JSON).entity(Json.createObjectBuilder()
                .add("type", TYPE_BASE + problem.type())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", e.getMessage())
                .build().toString());
        if (e instanceof SubmissionRateLimitedException limited) {
            response.header("Retry-After", Math.max(1, limited.retryAfter().toSeconds()));
        }
        return response.build();
    }

    private record Problem(int status, String type, String title) {
    }

    private static Problem problem(GradingException e) {
        if (e instanceof SubmissionTooLargeException) {
            return new Problem(413, "submission-too-large", "Submission too large");
        } else if (e instanceof SubmissionRateLimitedException) {
            return new Problem(429, "too-many-submissions", "Too many submissions");
        } else if (e instanceof SubmissionNotFoundException) {
            return new Problem(404, "submission-not-found", "Submission not found");
        } else if (e instanceof UnknownExerciseException) {
            return new Problem(404, "unknown-exercise", "Unknown exercise");
        } else if (e instanceof UnsupportedLanguageException) {
            return new Problem(400, "unsupported-language", "Unsupported language");
        } else if (e instanceof InvalidSubmissionException) {
            return new Problem(400, "invalid-submission", "Invalid submission");
        }
        return new Problem(400, "bad-request", "Bad request");
    }
}
