package org.coderise.grading.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import org.coderise.grading.application.PlaygroundService;
import org.coderise.grading.domain.UnsupportedLanguageException;
import org.coderise.sandbox.api.Sandbox;

/**
 * Playground runs: {@code {"language", "files" | "source", "stdin"}} runs once and answers at once; nothing is
 * stored beyond the caller's last few runs in memory.
 */
@Path("runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {
    @Inject
    PlaygroundService playground;
    @Inject
    Sandbox sandbox;
    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RunView run(InputStream body) {
        long learner = Learners.current(security);
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
    public List<RunView> recent() {
        return playground.recent(Learners.current(security)).stream().map(r -> RunView.of(r.result())).toList();
    }
}
