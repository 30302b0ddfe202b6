package org.coderise.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.coderise.shared.domain.DomainException;

/**
 * An RFC 9457 problem document. Clients branch on {@code type} (stable URIs under {@link DomainException#PROBLEM_BASE});
 * {@code title} is fixed per type, {@code detail} explains this occurrence. Never carries a stack trace.
 *
 * @param errors field errors of a validation problem, otherwise null (and left out of the JSON)
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Jsonb JSON = JsonbBuilder.create();

    /** One rejected input field: its name as the client sent it and why it was rejected. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(DomainException.PROBLEM_BASE + slug, title, status, detail, null);
    }

    public static Problem of(DomainException e) {
        return of(e.type(), e.title(), e.status(), e.getMessage());
    }

    public Response.ResponseBuilder toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this);
    }

    /** The document as JSON, for places outside JAX-RS (the authentication mechanism). */
    public String toJson() {
        return JSON.toJson(this);
    }
}
