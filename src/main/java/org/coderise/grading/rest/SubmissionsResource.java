package org.coderise.grading.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.coderise.grading.application.SubmissionService;
import org.coderise.grading.domain.InvalidSubmissionException;
import org.coderise.grading.domain.Submission;

/** Submitting an exercise and following its grading. A learner only ever sees their own submissions. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionsResource {
    static final String BUSY = "CodeRise is busy: your work is saved and queued, and will be graded as soon as a"
            + " grader is free.";

    @Inject
    SubmissionService submissions;
    @Context
    SecurityContext security;
    @Context
    UriInfo uri;

    /**
     * Stores and queues a submission: body {@code {"files": [{"path", "content"}]}} or {@code {"source": "…"}}.
     * Answers 202 with the submission's status and its URL in {@code Location}.
     */
    @POST
    @Path("exercises/{courseId}/{exerciseId}/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("courseId") String courseId, @PathParam("exerciseId") String exerciseId,
            InputStream body) {
        long learner = Learners.current(security);
        var json = JsonBody.read(body);
        var files = JsonBody.files(json, submissions.entryPoint(courseId, exerciseId));
        var accepted = submissions.submit(learner, courseId, exerciseId, files);
        var view = view(submissions.own(learner, accepted.submissionId()));
        var response = Response.accepted(accepted.busy() ? busy(view) : view)
                .location(uri.getBaseUriBuilder().path("submissions").path(Long.toString(view.id())).build());
        if (view.estimatedWaitSeconds() != null) {
            response.header("Retry-After", Math.max(1, view.estimatedWaitSeconds()));
        }
        return response.build();
    }

    @GET
    @Path("submissions/{id}")
    public SubmissionView submission(@PathParam("id") long id) {
        return view(submissions.own(Learners.current(security), id));
    }

    /** The caller's submissions to one exercise, newest first: {@code ?exercise=courseId/exerciseId}. */
    @GET
    @Path("submissions")
    public List<SubmissionView> history(@QueryParam("exercise") String exercise) {
        long learner = Learners.current(security);
        int slash = exercise == null ? -1 : exercise.indexOf('/');
        if (slash <= 0) {
            throw new InvalidSubmissionException("Name the exercise: ?exercise=courseId/exerciseId");
        }
        return submissions.history(learner, exercise.substring(0, slash), exercise.substring(slash + 1)).stream()
                .map(this::view).toList();
    }

    private SubmissionView view(Submission s) {
        var position = submissions.position(s);
        return SubmissionView.of(s, position, submissions.estimatedWaitSeconds(s, position));
    }

    private static SubmissionView busy(SubmissionView v) {
        return new SubmissionView(v.id(), v.courseId(), v.exerciseId(), v.language(), v.status(), v.verdict(),
                v.score(), v.maxScore(), v.passedTests(), v.totalTests(), BUSY, v.compileOutput(), v.tests(),
                v.queuePosition(), v.estimatedWaitSeconds(), v.receivedAt(), v.startedAt(), v.finishedAt(), v.attempts());
    }
}
