package org.coderise.shared.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * The HTTP-level errors JAX-RS raises itself (401, 403, 404, 405, 406, 415…) as problems. Headers that matter to the
 * client ({@code Allow}, {@code WWW-Authenticate}) are kept; a 401 always names the API's scheme, Bearer, because
 * Payara's own {@code @RolesAllowed} check answers 401 without a challenge.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {
    private record Kind(String slug, String title, String detail) {
    }

    private static final Map<Integer, Kind> KINDS = Map.of(
            400, new Kind("bad-request", "Bad request", "The request could not be understood."),
            401, new Kind("authentication-required", "Authentication required",
                    "Send a valid API token as 'Authorization: Bearer <token>'."),
            403, new Kind("forbidden", "Forbidden", "Your account's roles do not allow this."),
            404, new Kind("not-found", "Not found", "There is nothing at this address."),
            405, new Kind("method-not-allowed", "Method not allowed", "This address does not accept that method."),
            406, new Kind("not-acceptable", "Not acceptable", "This resource answers in JSON only."),
            415, new Kind("unsupported-media-type", "Unsupported media type", "Send the body as application/json."));

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Kind kind = KINDS.getOrDefault(status, new Kind("http-" + status, original.getStatusInfo().getReasonPhrase(),
                original.getStatusInfo().getReasonPhrase()));
        var response = Problem.of(kind.slug(), kind.title(), status, kind.detail()).toResponse();
        for (String header : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, "Retry-After"}) {
            if (original.getHeaders().containsKey(header)) {
                response.header(header, original.getHeaderString(header));
            }
        }
        if (status == 401 && !original.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }
}
