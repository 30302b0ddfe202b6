package org.coderise.grading.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.coderise.sandbox.api.InvalidRunRequestException;

/** The sandbox refused a run request (e.g. no entry file): a 400 problem, nothing was run. */
@Provider
public class InvalidRunRequestMapper implements ExceptionMapper<InvalidRunRequestException> {
    @Override
    public Response toResponse(InvalidRunRequestException e) {
        return Response.status(400).type(GradingProblemMapper.PROBLEM_JSON).entity(Json.createObjectBuilder()
                .add("type", GradingProblemMapper.TYPE_BASE + "invalid-run-request")
                .add("title", "Invalid run request")
                .add("status", 400)
                .add("detail", e.getMessage())
                .build().toString()).build();
    }
}
