package org.coderise.grading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.coderise.grading.domain.IdempotencyKeyReusedException;
import org.coderise.grading.domain.NotEnrolledException;
import org.coderise.grading.domain.Submission;
import org.coderise.grading.domain.SubmissionKey;
import org.coderise.grading.domain.SubmissionRateLimitedException;
import org.coderise.grading.domain.SubmissionNotFoundException;
import org.coderise.grading.domain.SubmissionRepository;
import org.coderise.grading.domain.SubmissionStatus;
import org.coderise.grading.domain.SubmittedFiles;
import org.coderise.grading.domain.UnknownExerciseException;
import org.coderise.grading.infrastructure.GradingFigures;
import org.coderise.grading.infrastructure.SubmissionQueue;

/**
 * Accepts learners' submissions under back-pressure and answers questions about them. A learner sees only their own
 * submissions: asking for another's is answered exactly like asking for one that does not exist.
 */
@ApplicationScoped
public class SubmissionService {
    private static final int HISTORY_LIMIT = 50;
    private static final Logger LOG = Logger.getLogger(SubmissionService.class.getName());

    @Inject
    SubmissionRepository submissions;
    @Inject
    ExerciseCatalog catalog;
    @Inject
    SubmissionQueue queue;
    @Inject
    GradingSettings settings;
    @Inject
    SubmissionIntake intake;
    @Inject
    GradingFigures figures;

    /** What the learner is told when a submission is accepted. */
    public record Accepted(long submissionId, boolean busy) {
    }

    /**
     * Stores the submission and its queue entry in one transaction, once per idempotency key: a repeat of a keyed
     * request, even one racing the first on another thread or node, is answered with the first submission.
     *
     * @param key the client's idempotency key; empty stores every request
     * @throws UnknownExerciseException when the exercise is not published
     * @throws NotEnrolledException when the learner is not enrolled in the course
     * @throws IdempotencyKeyReusedException when the key made a submission of other files or another exercise
     * @throws SubmissionRateLimitedException when the learner has too many in flight or sent too many this minute
     */
    public Accepted submit(long learnerId, String courseId, String exerciseId, SubmittedFiles files,
            Optional<SubmissionKey> key) {
        try {
            return intake.submit(learnerId, courseId, exerciseId, files, key);
        } catch (PersistenceException e) {
            // Only the unique key index makes a store fail this way; the winner has committed by now.
            var winner = key.flatMap(k -> intake.repeated(learnerId, courseId, exerciseId, files, k));
            winner.ifPresent(s -> LOG.info(() -> "A repeat of submission " + s.id() + " with its Idempotency-Key"
                    + " raced it to the store; answered with the first."));
            return winner.map(s -> new Accepted(s.id(), false)).orElseThrow(() -> e);
        }
    }

    /**
     * @throws SubmissionNotFoundException when it does not exist or belongs to another learner
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Submission own(long learnerId, long submissionId) {
        return submissions.find(submissionId)
                .filter(s -> s.learnerId() == learnerId)
                .orElseThrow(() -> new SubmissionNotFoundException("No submission " + submissionId + "."));
    }

    /** The entry file a lone {@code source} is stored as. */
    public String entryPoint(String courseId, String exerciseId) {
        return catalog.current(courseId, exerciseId).map(GradingSpec::entryPoint)
                .orElseThrow(() -> new UnknownExerciseException("No published exercise " + courseId + "/" + exerciseId + "."));
    }

    /** Its place in the queue while it waits (1 = next). */
    public Optional<Long> position(Submission submission) {
        return submission.status() == SubmissionStatus.QUEUED ? queue.position(submission.id()) : Optional.empty();
    }

    /** A rough number of seconds until it is graded, from this node's recent run times; empty once finished. */
    public Optional<Long> estimatedWaitSeconds(Submission submission, Optional<Long> position) {
        if (!submission.status().inFlight()) {
            return Optional.empty();
        }
        double run = figures.averageRunTime().toMillis() / 1000.0;
        double ahead = position.orElse(0L) / (double) Math.max(1, settings.workers());
        return Optional.of((long) Math.ceil(run * (ahead + 1)));
    }

    /** The learner's latest submissions to one exercise, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Submission> history(long learnerId, String courseId, String exerciseId) {
        return submissions.history(learnerId, courseId, exerciseId, HISTORY_LIMIT);
    }
}
