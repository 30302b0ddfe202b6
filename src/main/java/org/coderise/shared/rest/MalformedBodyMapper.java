package org.coderise.shared.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that could not be read (broken JSON, wrong value types) is the client's mistake: 400, not 500. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
        return Problem.of("malformed-body", "Malformed request body", 400,
                "The request body is not valid JSON for this resource.").toResponse().build();
    }
}
