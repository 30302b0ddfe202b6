package org.coderise.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coderise.shared.infrastructure.DatabaseOutage;
import org.coderise.shared.web.DatabaseOutageResponse;

/**
 * The last resort: a bug or an outage. The client gets a 500 problem with an incident id and no internals; the log
 * gets the stack trace under the same id, so a support request can be matched to it. When the database cannot be
 * reached the client gets 503 with Retry-After instead: nothing was saved, and trying again shortly is the remedy.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.log(Level.WARNING, "Database unreachable: " + e);
            return DatabaseOutageResponse.problem().toResponse()
                    .header("Retry-After", DatabaseOutageResponse.RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problem.of("internal-error", "Internal error", 500,
                "Something went wrong on our side. Incident " + incident + ".").toResponse().build();
    }
}
