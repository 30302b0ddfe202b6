package org.coderise.grading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coderise.grading.domain.SubmissionRateLimitedException;
import org.coderise.grading.domain.SubmittedFile;
import org.coderise.grading.domain.SubmittedFiles;
import org.coderise.grading.domain.UnsupportedLanguageException;
import org.coderise.sandbox.api.Limits;
import org.coderise.sandbox.api.RunOptions;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.Tests;

/**
 * The editor's "Run" button: runs code once with the learner's stdin, synchronously, under short limits, and keeps
 * only the last few runs per learner in memory (never in the database).
 */
@ApplicationScoped
public class PlaygroundService {
    /** Short enough that a waiting HTTP request stays reasonable; long enough for a cold Java compile. */
    static final Limits LIMITS = Limits.defaults().withCpuTime(Duration.ofSeconds(3)).withWallTime(Duration.ofSeconds(6));
    private static final int HISTORY_PER_LEARNER = 10;
    private static final int LEARNERS_REMEMBERED = 10_000;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    Sandbox sandbox;

    private final Map<Long, Deque<PlaygroundRun>> history = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Deque<PlaygroundRun>> eldest) {
            return size() > LEARNERS_REMEMBERED;
        }
    };

    /** One remembered run. */
    public record PlaygroundRun(Instant at, String language, String stdin, RunResult result) {
    }

    /**
     * Runs the files once.
     *
     * @throws UnsupportedLanguageException when the sandbox has no such language
     * @throws SubmissionRateLimitedException when the learner ran too much in the last minute
     */
    public RunResult run(long learnerId, String language, SubmittedFiles files, String stdin) {
        if (sandbox.languages().stream().noneMatch(l -> l.id().equals(language))) {
            throw new UnsupportedLanguageException("Unknown language " + language + ".");
        }
        Instant now = Instant.now();
        checkRate(learnerId, now);
        List<SourceFile> sources = files.files().stream().map(PlaygroundService::source).toList();
        RunResult result = sandbox.run(new RunRequest(language, sources, files.files().get(0).path(), stdin,
                new Tests.None(), LIMITS, RunOptions.NONE));
        remember(learnerId, new PlaygroundRun(now, language, stdin, result));
        return result;
    }

    /** The learner's latest runs on this node, newest first. */
    public synchronized List<PlaygroundRun> recent(long learnerId) {
        Deque<PlaygroundRun> runs = history.get(learnerId);
        return runs == null ? List.of() : List.copyOf(runs);
    }

    /** At most {@value #HISTORY_PER_LEARNER} runs a minute: the remembered runs are exactly the window to check. */
    private synchronized void checkRate(long learnerId, Instant now) {
        Deque<PlaygroundRun> runs = history.get(learnerId);
        if (runs != null && runs.size() >= HISTORY_PER_LEARNER) {
            Instant windowEnd = runs.peekLast().at().plus(MINUTE);
            if (windowEnd.isAfter(now)) {
                throw new SubmissionRateLimitedException("Too many runs in the last minute; wait a little.",
                        Duration.between(now, windowEnd).plusSeconds(1));
            }
        }
    }

    private synchronized void remember(long learnerId, PlaygroundRun run) {
        Deque<PlaygroundRun> runs = history.computeIfAbsent(learnerId, id -> new ArrayDeque<>());
        runs.addFirst(run);
        while (runs.size() > HISTORY_PER_LEARNER) {
            runs.removeLast();
        }
    }

    private static SourceFile source(SubmittedFile file) {
        return SourceFile.text(file.path(), file.content());
    }
}
