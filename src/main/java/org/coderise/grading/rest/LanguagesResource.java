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

/** The languages this server runs, with the runtime versions found on the host. */
@Path("languages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LanguagesResource {
    @Inject
    Sandbox sandbox;

    @GET
    public List<LanguageInfo> languages() {
        return sandbox.languages();
    }
}
