package org.coderise.shared.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON-B's own failure to read a body, when the runtime does not wrap it: the same 400 as {@link MalformedBodyMapper}. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
        return new MalformedBodyMapper().toResponse(new jakarta.ws.rs.ProcessingException(e));
    }
}
