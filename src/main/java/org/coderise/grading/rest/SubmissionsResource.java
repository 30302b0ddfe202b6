package org.coderise.grading.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.coderise.grading.application.SubmissionService;
import org.coderise.grading.domain.InvalidSubmissionException;
import org.coderise.grading.domain.Submission;
import org.coderise.grading.domain.SubmissionKey;
import org.coderise.identity.api.Role;
import org.coderise.shared.rest.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Submitting an exercise and following its grading. A learner only ever sees their own submissions. */
@Path("")
@RequestScoped
@Tag(name = "Grading")
@RolesAllowed(Role.Names.LEARNER)
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionsResource {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String BUSY = "CodeRise is busy: your work is saved and queued, and will be graded as soon as a"
            + " grader is free.";

    @Inject
    SubmissionService submissions;
    @Inject
    Learners learners;
    @Context
    UriInfo uri;

    /**
     * Stores and queues a submission: body {@code {"files": [{"path", "content"}]}} or {@code {"source": "…"}}.
     * Answers 202 with the submission's status and its URL in {@code Location}. With an {@code Idempotency-Key}
     * header, a repeat of the request (a double click, a retry after a lost answer, two at once) is answered with the
     * first submission instead of storing another.
     */
    @POST
    @Path("exercises/{courseId}/{exerciseId}/submissions")
    @Operation(summary = "Submit an exercise for grading")
    @APIResponse(responseCode = "202", description = "Stored and queued; Location is the submission, Retry-After an estimate")
    @APIResponse(responseCode = "400", description = "invalid-submission problem (malformed JSON, unsafe file names,"
            + " a malformed Idempotency-Key)")
    @APIResponse(responseCode = "403", description = "not-enrolled problem: enroll in the course first")
    @APIResponse(responseCode = "404", description = "unknown-exercise problem")
    @APIResponse(responseCode = "413", description = "submission-too-large problem (body, file count or size)")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused problem: the key made another submission")
    @APIResponse(responseCode = "429", description = "too-many-submissions problem, with Retry-After")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("courseId") String courseId, @PathParam("exerciseId") String exerciseId,
            @Parameter(description = "Any 1 to 100 visible ASCII characters, new for each piece of work (a UUID);"
                    + " repeats of a request with the same key store one submission")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, InputStream body) {
        long learner = learners.current();
        var key = Optional.ofNullable(idempotencyKey).map(SubmissionKey::new);
        var json = JsonBody.read(body);
        var files = JsonBody.files(json, submissions.entryPoint(courseId, exerciseId));
        var accepted = submissions.submit(learner, courseId, exerciseId, files, key);
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
    @Operation(summary = "A submission of the caller: status, queue position, verdict, score and per-test results")
    @APIResponse(responseCode = "404", description = "submission-not-found problem (also for another learner's)")
    public SubmissionView submission(@PathParam("id") long id) {
        return view(submissions.own(learners.current(), id));
    }

    /** The caller's submissions to one exercise, newest first: {@code ?exercise=courseId/exerciseId}. */
    @GET
    @Path("submissions")
    @Operation(summary = "The caller's submissions to one exercise, newest first")
    public List<SubmissionView> history(@QueryParam("exercise") String exercise) {
        long learner = learners.current();
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
