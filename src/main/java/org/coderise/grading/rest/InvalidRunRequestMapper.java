package org.coderise.grading.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.coderise.sandbox.api.InvalidRunRequestException;
import org.coderise.shared.rest.Problem;

/** The sandbox refused a run request (e.g. no entry file): a 400 problem, nothing was run. */
@Provider
public class InvalidRunRequestMapper implements ExceptionMapper<InvalidRunRequestException> {
    @Override
    public Response toResponse(InvalidRunRequestException e) {
        return Problem.of("invalid-run-request", "Invalid run request", 400, e.getMessage()).toResponse().build();
    }
}
