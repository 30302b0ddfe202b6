package org.coderise.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coderise.review.application.MentorQueue;
import org.coderise.review.application.MentorReviewing;
import org.coderise.review.application.ReviewAccess;
import org.coderise.review.application.SnippetLibrary;
import org.coderise.review.application.TurnaroundReport;
import org.coderise.review.domain.Decision;
import org.coderise.review.domain.DecisionMissingException;
import org.coderise.review.domain.QueueFilter;
import org.coderise.review.domain.RequestKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mentor's side of the review API: queue, claims, the review itself, comments, decisions, snippets, figures. */
@Path("reviews")
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"MENTOR", "ADMIN"})
public class MentorReviewsResource {
    @Inject
    ReviewAccess access;
    @Inject
    MentorQueue queue;
    @Inject
    MentorReviewing reviewing;
    @Inject
    SnippetLibrary snippets;
    @Inject
    TurnaroundReport turnaround;

    @GET
    @Path("queue")
    @Operation(summary = "Open reviews of the caller's cohorts, oldest first, not claimed by another mentor")
    @APIResponse(responseCode = "200", description = "Up to 200 items")
    public List<ReviewResponses.QueueItem> queue(@QueryParam("course") String course, @QueryParam("kind") String kind,
            @QueryParam("cohort") Long cohort, @QueryParam("overdue") boolean overdueOnly,
            @QueryParam("lang") String lang) {
        var filter = new QueueFilter(Optional.ofNullable(course).filter(c -> !c.isBlank()), kind(kind),
                Optional.ofNullable(cohort), overdueOnly);
        return queue.queue(access.caller(), filter, lang == null ? "en" : lang).stream()
                .map(ReviewResponses.QueueItem::of).toList();
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Claim a review (or renew your claim) for the configured minutes")
    @APIResponse(responseCode = "200", description = "The claim and its expiry")
    @APIResponse(responseCode = "403", description = "review-outside-cohorts")
    @APIResponse(responseCode = "409", description = "review-already-claimed or review-already-decided")
    public ReviewResponses.Claim claim(@PathParam("id") long id) {
        return ReviewResponses.Claim.of(queue.claim(access.caller(), id));
    }

    @DELETE
    @Path("{id}/claim")
    @Operation(summary = "Give a claim back")
    @APIResponse(responseCode = "204", description = "Released")
    @APIResponse(responseCode = "409", description = "review-claim-required: you do not hold it")
    public void release(@PathParam("id") long id) {
        queue.release(access.caller(), id);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A review with the submission's code, automatic results and comments")
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "403", description = "review-outside-cohorts")
    @APIResponse(responseCode = "404", description = "review-not-found")
    public ReviewResponses.ReviewDetail review(@PathParam("id") long id, @QueryParam("lang") String lang) {
        return ReviewResponses.ReviewDetail.of(reviewing.open(access.caller(), id, lang == null ? "en" : lang));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/comments")
    @Operation(summary = "Comment on a line of the submission (Markdown, sanitised)")
    @APIResponse(responseCode = "201", description = "The comment")
    @APIResponse(responseCode = "400", description = "review-line-out-of-range, review-empty-comment")
    @APIResponse(responseCode = "409", description = "review-claim-required")
    public Response comment(@PathParam("id") long id, ReviewBodies.NewComment body) {
        var comment = reviewing.comment(access.caller(), id, body == null ? null : body.file(),
                body == null ? 0 : body.line(), body == null ? null : body.body());
        return Response.status(Response.Status.CREATED).entity(ReviewResponses.Comment.of(comment)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/decision")
    @Operation(summary = "Decide: APPROVED, CHANGES_REQUESTED, or ANSWERED for a question")
    @APIResponse(responseCode = "200", description = "The decided review")
    @APIResponse(responseCode = "400", description = "review-decision-missing, review-rubric-score-out-of-range")
    @APIResponse(responseCode = "409", description = "review-claim-required, review-already-decided")
    public ReviewResponses.Review decide(@PathParam("id") long id, ReviewBodies.NewDecision body) {
        var decided = reviewing.decide(access.caller(), id, decision(body == null ? null : body.decision()),
                body == null ? null : body.comment(), body == null ? null : body.scores());
        return ReviewResponses.Review.of(decided, List.of());
    }

    @GET
    @Path("snippets")
    @Operation(summary = "The caller's saved comment snippets")
    public List<ReviewResponses.Snippet> snippets() {
        return snippets.of(access.caller()).stream().map(ReviewResponses.Snippet::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("snippets")
    @Operation(summary = "Save a comment snippet")
    @APIResponse(responseCode = "201", description = "The snippet")
    public Response saveSnippet(ReviewBodies.NewSnippet body) {
        var saved = snippets.save(access.caller(), body == null ? null : body.title(), body == null ? null : body.body());
        return Response.status(Response.Status.CREATED).entity(ReviewResponses.Snippet.of(saved)).build();
    }

    @DELETE
    @Path("snippets/{snippetId}")
    @Operation(summary = "Delete one of the caller's snippets")
    public void deleteSnippet(@PathParam("snippetId") long snippetId) {
        snippets.delete(access.caller(), snippetId);
    }

    @GET
    @Path("turnaround")
    @RolesAllowed({"MENTOR", "MANAGER", "ADMIN"})
    @Operation(summary = "Median and p90 time to first response, backlog and oldest waiting, per cohort and mentor")
    public ReviewResponses.TurnaroundFigures turnaround() {
        return ReviewResponses.TurnaroundFigures.of(turnaround.figures(access.caller()));
    }

    private static Optional<RequestKind> kind(String kind) {
        return Arrays.stream(RequestKind.values()).filter(k -> k.name().equalsIgnoreCase(kind)).findFirst();
    }

    /** Blank or unknown decisions are the "choose a decision" problem, never a 500. */
    static Decision decision(String value) {
        return Arrays.stream(Decision.values()).filter(d -> d.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst().orElseThrow(DecisionMissingException::new);
    }
}
