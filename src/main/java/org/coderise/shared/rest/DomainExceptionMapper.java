package org.coderise.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.coderise.shared.domain.DomainException;
import org.coderise.shared.domain.RetryLater;

/** Every context's business rule violations, as problems with the status and type the exception chose. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
        var response = Problem.of(e).toResponse();
        if (e instanceof RetryLater retry) {
            response.header("Retry-After", retry.retryAfterSeconds());
        }
        return response.build();
    }
}
