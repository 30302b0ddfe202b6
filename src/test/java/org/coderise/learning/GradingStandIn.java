package org.coderise.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coderise.grading.api.SubmissionGraded;
import org.coderise.learning.api.LearningFacade;
import org.coderise.sandbox.api.Verdict;

/**
 * Test-only endpoints, deployed by {@link LearningIT} alone: they fire grading's real {@code SubmissionGraded} event
 * (as a grading worker does after its commit) and a mentor's decision, so the test can complete a 24-exercise course
 * without running 24 sandboxes, and read back the learning events observed.
 */
@Path("test-support/learning")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class GradingStandIn {
    @Inject
    Event<SubmissionGraded> graded;
    @Inject
    LearningFacade learning;
    @Inject
    LearningEventsRecorder recorder;

    @POST
    @Path("graded")
    public void graded(@QueryParam("submission") long submission, @QueryParam("learner") long learner,
            @QueryParam("course") String course, @QueryParam("exercise") String exercise,
            @QueryParam("score") int score, @QueryParam("max") int max) {
        boolean passed = score == max;
        graded.fire(new SubmissionGraded(submission, learner, course, exercise,
                passed ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER, score, max, passed, Instant.now()));
    }

    @POST
    @Path("review")
    public void review(@QueryParam("learner") long learner, @QueryParam("course") String course,
            @QueryParam("exercise") String exercise, @QueryParam("approved") boolean approved) {
        learning.recordReviewDecision(learner, course, exercise, approved);
    }

    @GET
    @Path("best")
    public Map<String, Object> best(@QueryParam("learner") long learner, @QueryParam("course") String course,
            @QueryParam("exercise") String exercise) {
        return learning.bestScore(learner, course, exercise).<Map<String, Object>>map(s -> Map.of(
                "bestScore", s.bestScore(), "maxScore", s.maxScore(), "attempts", s.attempts(), "passed", s.passed()))
                .orElse(Map.of());
    }

    @GET
    @Path("events/{learner}")
    public List<String> events(@PathParam("learner") long learner) {
        return recorder.of(learner);
    }
}
