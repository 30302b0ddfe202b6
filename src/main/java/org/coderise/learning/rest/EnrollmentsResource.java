package org.coderise.learning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coderise.identity.api.Role;
import org.coderise.learning.api.LearningFacade;
import org.coderise.learning.application.Certificates;
import org.coderise.learning.application.Enrolling;
import org.coderise.learning.application.ProgressRecording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's enrollments: enroll, mark a lesson read, read the course's progress. */
@Path("enrollments")
@Tag(name = "Learning")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.LEARNER)
public class EnrollmentsResource {
    @Inject
    Learners learners;
    @Inject
    Enrolling enrolling;
    @Inject
    ProgressRecording recording;
    @Inject
    LearningFacade learning;
    @Inject
    Certificates certificates;

    @PUT
    @Path("{courseId}")
    @Operation(summary = "Enroll in a course", description = "Enrolling again changes nothing. 404 unknown-course.")
    public ProgressView enroll(@PathParam("courseId") String courseId) {
        enrolling.enroll(learners.current().id(), courseId);
        return progress(courseId);
    }

    @GET
    @Path("{courseId}")
    @Operation(summary = "Progress in a course the caller is enrolled in")
    public ProgressView progress(@PathParam("courseId") String courseId) {
        long learner = learners.current().id();
        var summary = learning.progress(learner, courseId).orElseThrow(NotFoundException::new);
        return ProgressView.of(summary, certificates.forCourse(learner, courseId));
    }

    @PUT
    @Path("{courseId}/lessons/{lessonId}/done")
    @Operation(summary = "Mark a lesson read", description = "409 not-enrolled when the caller is not enrolled.")
    public ProgressView lessonDone(@PathParam("courseId") String courseId, @PathParam("lessonId") String lessonId) {
        recording.markLessonDone(learners.current().id(), courseId, lessonId);
        return progress(courseId);
    }
}
