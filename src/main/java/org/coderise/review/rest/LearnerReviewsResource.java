package org.coderise.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.coderise.review.application.LearnerReviews;
import org.coderise.review.application.NotificationCenter;
import org.coderise.review.application.ReviewAccess;
import org.coderise.review.application.ReviewIntake;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The learner's side of the review API: ask a mentor, read reviews of an exercise, reply, report, notifications. */
@Path("reviews")
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"LEARNER", "MENTOR", "MANAGER", "ADMIN"})
public class LearnerReviewsResource {
    @Inject
    ReviewAccess access;
    @Inject
    ReviewIntake intake;
    @Inject
    LearnerReviews reviews;
    @Inject
    NotificationCenter notifications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a mentor about one of your graded submissions")
    @APIResponse(responseCode = "201", description = "The review request (the existing one if asked before)")
    @APIResponse(responseCode = "404", description = "review-submission-not-reviewable")
    public Response ask(ReviewBodies.Ask body) {
        var request = intake.ask(access.caller(), body == null ? 0 : body.submissionId(),
                body == null ? null : body.question());
        return Response.status(Response.Status.CREATED)
                .entity(ReviewResponses.Review.of(request, List.of())).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "Your reviews of an exercise, newest first, with the comments at their lines")
    public List<ReviewResponses.Review> mine(@QueryParam("course") String course,
            @QueryParam("exercise") String exercise) {
        return reviews.ofExercise(access.caller(), course, exercise).stream().map(ReviewResponses.Review::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("comments/{commentId}/reply")
    @Operation(summary = "Reply once to a comment thread on your work")
    @APIResponse(responseCode = "200", description = "The comment with your reply")
    @APIResponse(responseCode = "409", description = "review-already-replied")
    public ReviewResponses.Comment reply(@PathParam("commentId") long commentId, ReviewBodies.Text body) {
        return ReviewResponses.Comment.of(reviews.reply(access.caller(), commentId, body == null ? null : body.body()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("comments/{commentId}/reports")
    @Operation(summary = "Report a comment on your work to the admins")
    @APIResponse(responseCode = "201", description = "Reported")
    @APIResponse(responseCode = "409", description = "review-already-reported")
    public Response report(@PathParam("commentId") long commentId, ReviewBodies.NewReport body) {
        var report = reviews.report(access.caller(), commentId, body == null ? null : body.reason());
        return Response.status(Response.Status.CREATED).entity(Map.of("id", report.id())).build();
    }

    @GET
    @Path("notifications")
    @Operation(summary = "Your review notifications (newest 50) and the unread count")
    public ReviewResponses.Notifications notifications() {
        var caller = access.caller();
        return new ReviewResponses.Notifications(notifications.unreadCount(caller),
                notifications.latest(caller).stream().map(ReviewResponses.NotificationItem::of).toList());
    }

    @POST
    @Path("notifications/read")
    @Operation(summary = "Mark all your notifications read")
    @APIResponse(responseCode = "204", description = "Done")
    public void markRead() {
        notifications.markAllRead(access.caller());
    }
}
