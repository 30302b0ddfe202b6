package org.coderise.grading.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.coderise.sandbox.api.LanguageInfo;
import org.coderise.sandbox.api.Sandbox;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The languages this server runs, with the runtime versions found on the host. */
@Path("languages")
@RequestScoped
@Tag(name = "Grading")
@Produces(MediaType.APPLICATION_JSON)
public class LanguagesResource {
    @Inject
    Sandbox sandbox;

    @GET
    @Operation(summary = "The languages this server runs, with their runtime versions")
    public List<LanguageInfo> languages() {
        return sandbox.languages();
    }
}
