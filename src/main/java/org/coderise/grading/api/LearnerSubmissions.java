package org.coderise.grading.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.coderise.grading.application.HiddenTests;
import org.coderise.grading.application.PlaygroundService;
import org.coderise.grading.application.SubmissionService;
import org.coderise.grading.domain.GradingException;
import org.coderise.grading.domain.Submission;
import org.coderise.grading.domain.SubmissionKey;
import org.coderise.grading.domain.SubmissionNotFoundException;
import org.coderise.grading.domain.SubmittedFile;
import org.coderise.grading.domain.SubmittedFiles;
import org.coderise.grading.infrastructure.RunResultJson;
import org.coderise.sandbox.api.RunResult;

/**
 * Grading for the learner's own exercise page (learning's editor): submit, follow and list one's own submissions with
 * hidden tests reduced to pass/fail (as the REST API shows them), and playground runs. The caller passes the
 * signed-in learner's id; a learner never sees another's submission.
 */
@ApplicationScoped
public class LearnerSubmissions {
    @Inject
    SubmissionService submissions;
    @Inject
    PlaygroundService playground;

    /**
     * Queues the learner's code, stored as the exercise's entry file; returns the submission id. A repeat with the
     * same {@code clickToken} (a double click) returns the first submission's id and stores nothing.
     *
     * @param clickToken the page's token for this click, 1 to 100 visible ASCII characters
     * @throws SubmissionRefusedException when the exercise is unknown, the learner not enrolled, the code too large
     *         or the learner over a limit
     */
    public long submit(long learnerId, String courseId, String exerciseId, String code, String clickToken) {
        try {
            var files = new SubmittedFiles(List.of(new SubmittedFile(submissions.entryPoint(courseId, exerciseId), code)));
            return submissions.submit(learnerId, courseId, exerciseId, files, Optional.of(new SubmissionKey(clickToken)))
                    .submissionId();
        } catch (GradingException e) {
            throw new SubmissionRefusedException(e);
        }
    }

    /** One of the learner's submissions; empty when unknown or someone else's. */
    public Optional<LearnerAttempt> attempt(long learnerId, long submissionId) {
        try {
            return Optional.of(view(submissions.own(learnerId, submissionId)));
        } catch (SubmissionNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The learner's latest submissions to an exercise, newest first. */
    public List<LearnerAttempt> history(long learnerId, String courseId, String exerciseId) {
        return submissions.history(learnerId, courseId, exerciseId).stream().map(this::view).toList();
    }

    /**
     * Runs the code once as the exercise's entry file with {@code stdin}; nothing is stored.
     *
     * @throws SubmissionRefusedException when the exercise is unknown, the code too large or the learner over a limit
     */
    public RunResult run(long learnerId, String courseId, String exerciseId, String language, String code,
            String stdin) {
        try {
            var files = new SubmittedFiles(List.of(new SubmittedFile(submissions.entryPoint(courseId, exerciseId), code)));
            return playground.run(learnerId, language, files, stdin);
        } catch (GradingException e) {
            throw new SubmissionRefusedException(e);
        }
    }

    private LearnerAttempt view(Submission s) {
        return new LearnerAttempt(s.id(), !s.status().inFlight(), submissions.position(s), s.score().orElse(0),
                s.maxScore(), s.resultJson().map(RunResultJson::read).map(r -> HiddenTests.redacted(r, s)),
                s.receivedAt().toInstant(ZoneOffset.UTC));
    }
}
