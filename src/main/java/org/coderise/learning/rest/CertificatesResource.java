package org.coderise.learning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.coderise.identity.api.CurrentUser;
import org.coderise.identity.api.Role;
import org.coderise.learning.application.Certificates;
import org.coderise.learning.infrastructure.CertificatePdf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own certificate as a PDF; anyone else's, like an unknown code, is a 404 certificate-not-found. */
@Path("certificates")
@Tag(name = "Learning")
@RolesAllowed(Role.Names.LEARNER)
public class CertificatesResource {
    @Inject
    Learners learners;
    @Inject
    Certificates certificates;

    @GET
    @Path("{code}")
    @Produces("application/pdf")
    @Operation(summary = "Download one's certificate")
    public Response pdf(@PathParam("code") String code, @Context UriInfo uri) {
        CurrentUser user = learners.current();
        var certificate = certificates.ownedBy(user.id(), code);
        String verifyAddress = uri.getBaseUriBuilder().replacePath(uri.getBaseUri().getPath()
                .replaceFirst("api/v1/?$", "verify/" + certificate.code().value())).build().toString();
        Locale locale = user.locale();
        return Response.ok(CertificatePdf.render(certificate, locale, verifyAddress))
                .header("Content-Disposition", "attachment; filename=\"coderise-certificate-"
                        + certificate.code().value() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
