package org.coderise.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coderise.review.application.Moderation;
import org.coderise.review.application.ReviewAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins' side of the review API: reported comments and the audit log of mentor and admin actions. */
@Path("reviews/admin")
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class ReviewModerationResource {
    @Inject
    ReviewAccess access;
    @Inject
    Moderation moderation;

    @GET
    @Path("reports")
    @Operation(summary = "Open reports of comments, oldest first")
    public List<ReviewResponses.Report> reports() {
        return moderation.openReports(access.caller()).stream().map(r -> new ReviewResponses.Report(r.report().id(),
                r.comment().id(), r.comment().requestId(), r.report().reason(), r.report().reportedAt(),
                r.comment().bodyHtml())).toList();
    }

    @POST
    @Path("reports/{reportId}/hide")
    @Operation(summary = "Hide the reported comment from the learner and close the report")
    public void hide(@PathParam("reportId") long reportId) {
        moderation.hideComment(access.caller(), reportId);
    }

    @POST
    @Path("reports/{reportId}/dismiss")
    @Operation(summary = "Close the report, keeping the comment")
    public void dismiss(@PathParam("reportId") long reportId) {
        moderation.dismiss(access.caller(), reportId);
    }

    @GET
    @Path("audit")
    @Operation(summary = "Mentor and admin actions, newest 500, or every action on one review")
    public List<ReviewResponses.Audit> audit(@QueryParam("review") Long reviewId) {
        return moderation.auditLog(access.caller(), reviewId).stream().map(ReviewResponses.Audit::of).toList();
    }
}
