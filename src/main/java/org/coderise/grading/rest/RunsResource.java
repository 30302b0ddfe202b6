package org.coderise.grading.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import org.coderise.grading.application.PlaygroundService;
import org.coderise.grading.domain.UnsupportedLanguageException;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.identity.api.Role;
import org.coderise.shared.rest.RestApplication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Playground runs: {@code {"language", "files" | "source", "stdin"}} runs once and answers at once; nothing is
 * stored beyond the caller's last few runs in memory.
 */
@Path("runs")
@RequestScoped
@Tag(name = "Grading")
@RolesAllowed(Role.Names.LEARNER)
@SecurityRequirement(name = RestApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {
    @Inject
    PlaygroundService playground;
    @Inject
    Sandbox sandbox;
    @Inject
    Learners learners;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run code once with standard input (the editor's Run button); nothing is stored")
    @APIResponse(responseCode = "200", description = "The run's verdict, output and resource use")
    @APIResponse(responseCode = "400", description = "unsupported-language or invalid-submission problem")
    @APIResponse(responseCode = "429", description = "too-many-submissions problem, with Retry-After")
    public RunView run(InputStream body) {
        long learner = learners.current();
        var json = JsonBody.read(body);
        String language = JsonBody.text(json, "language");
        String entry = sandbox.languages().stream().filter(l -> l.id().equals(language)).findFirst()
                .map(l -> l.defaultEntryPoint())
                .orElseThrow(() -> new UnsupportedLanguageException("Unknown language " + language + "."));
        var files = JsonBody.files(json, entry);
        return RunView.of(playground.run(learner, language, files, JsonBody.optionalText(json, "stdin", "")));
    }

    /** The caller's latest runs on this node, newest first. */
    @GET
    @Operation(summary = "The caller's last few runs on this server, newest first")
    public List<RunView> recent() {
        return playground.recent(learners.current()).stream().map(r -> RunView.of(r.result())).toList();
    }
}
