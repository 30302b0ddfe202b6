package org.coderise.grading.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.sandbox.api.SandboxFactory;
import org.coderise.sandbox.api.SandboxSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The node's one sandbox, created at start-up from configuration ({@code coderise.sandbox.slots}, default one per
 * core; {@code coderise.sandbox.dir}, default {@code <data dir>/sandbox}; {@code coderise.sandbox.first-uid}, for
 * several servers on one host) and closed at shutdown. What isolation is
 * in force is logged, so an operator sees at once when a host cannot isolate (every run is then a sandbox error).
 */
@ApplicationScoped
public class SandboxProducer {
    private static final Logger LOG = Logger.getLogger(SandboxProducer.class.getName());

    @Inject
    @ConfigProperty(name = "coderise.sandbox.slots")
    Optional<Integer> slots;
    @Inject
    @ConfigProperty(name = "coderise.sandbox.dir")
    Optional<String> dir;
    @Inject
    @ConfigProperty(name = "coderise.sandbox.first-uid")
    Optional<Integer> firstUid;
    @Inject
    @ConfigProperty(name = "coderise.data.dir")
    String dataDir;

    private Sandbox sandbox;

    @PostConstruct
    void start() {
        var settings = SandboxSettings.defaults()
                .withBaseDir(Path.of(dir.orElse(Path.of(dataDir, "sandbox").toString())));
        if (slots.isPresent()) {
            settings = settings.withSlots(slots.get());
        }
        if (firstUid.isPresent()) {
            settings = settings.withFirstUid(firstUid.get());
        }
        sandbox = SandboxFactory.create(settings);
        var status = sandbox.status();
        LOG.log(status.ready() ? Level.INFO : Level.SEVERE, () -> "Sandbox " + (status.ready() ? "ready" : "NOT READY")
                + " with " + status.slots() + " slots; protections: " + status.protections()
                + (status.problems().isEmpty() ? "" : "; problems: " + status.problems()));
    }

    @Produces
    Sandbox sandbox() {
        return sandbox;
    }

    @PreDestroy
    void stop() {
        sandbox.close();
    }
}
