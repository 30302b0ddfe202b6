package org.coderise.grading.jobe;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.coderise.grading.infrastructure.GradingFigures;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Sandbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs Jobe run specs synchronously on the sandbox. At most a few runs per sandbox slot may wait; a run that finds no
 * room within {@code coderise.jobe.queue-wait-seconds} answers Jobe's "server overload" (21), which CodeRunner shows
 * as "try again", instead of piling up requests.
 */
@ApplicationScoped
public class JobeRuns {
    private static final int WAITING_PER_SLOT = 4;

    @Inject
    Sandbox sandbox;
    @Inject
    JobeFileCache files;
    @Inject
    GradingFigures figures;
    @Inject
    @ConfigProperty(name = "coderise.jobe.queue-wait-seconds", defaultValue = "20")
    int queueWaitSeconds;

    private Semaphore admission;

    @PostConstruct
    void sizeAdmission() {
        admission = new Semaphore(Math.max(1, sandbox.status().slots()) * WAITING_PER_SLOT, true);
    }

    /**
     * @throws BadRunSpecException when the spec is malformed
     * @throws UnknownFileException when {@code file_list} names a file not in the cache
     */
    JsonObject run(JsonObject body) throws InterruptedException {
        var mapped = RunSpecMapper.map(body, id -> files.get(id).orElseThrow(() -> new UnknownFileException(id)));
        if (!admission.tryAcquire(queueWaitSeconds, TimeUnit.SECONDS)) {
            return JobeOutcome.overload();
        }
        try {
            long start = System.nanoTime();
            RunResult result = sandbox.run(mapped.request());
            figures.direct("jobe", mapped.language().sandboxId, result.verdict().name(),
                    Duration.ofNanos(System.nanoTime() - start));
            return JobeOutcome.json(result);
        } finally {
            admission.release();
        }
    }

    /** Jobe's languages answer: {@code [[id, version], …]} for the languages this host's sandbox runs. */
    JsonArray languages() {
        var list = Json.createArrayBuilder();
        sandbox.languages().forEach(info -> JobeLanguage.bySandboxId(info.id())
                .ifPresent(l -> list.add(Json.createArrayBuilder().add(l.jobeId).add(info.version()))));
        return list.build();
    }
}
