package org.coderise.grading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.coderise.grading.domain.ExerciseRef;
import org.coderise.grading.domain.Submission;
import org.coderise.grading.domain.SubmissionNotFoundException;
import org.coderise.grading.domain.SubmissionRateLimitedException;
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
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration IN_FLIGHT_RETRY = Duration.ofSeconds(5);
    private static final int HISTORY_LIMIT = 50;

    @Inject
    SubmissionRepository submissions;
    @Inject
    ExerciseCatalog catalog;
    @Inject
    SubmissionQueue queue;
    @Inject
    GradingSettings settings;
    @Inject
    Event<SubmissionQueued> queued;

    @Inject
    GradingFigures figures;

    private final Clock clock = Clock.systemUTC();

    /** What the learner is told when a submission is accepted. */
    public record Accepted(long submissionId, boolean busy) {
    }

    /**
     * Stores the submission and its queue entry in one transaction.
     *
     * @throws UnknownExerciseException when the exercise is not published
     * @throws SubmissionRateLimitedException when the learner has too many in flight or sent too many this minute
     */
    @Transactional
    public Accepted submit(long learnerId, String courseId, String exerciseId, SubmittedFiles files) {
        GradingSpec spec = catalog.current(courseId, exerciseId)
                .orElseThrow(() -> new UnknownExerciseException("No published exercise " + courseId + "/" + exerciseId + "."));
        LocalDateTime now = LocalDateTime.now(clock);
        checkLimits(learnerId, now);
        var submission = new Submission(learnerId, new ExerciseRef(courseId, exerciseId, spec.catalogVersion()),
                spec.language(), files, spec.hiddenSuites(), spec.hiddenCases(), spec.maxScore(), now);
        submissions.storeAndQueue(submission, now);
        queued.fire(new SubmissionQueued(submission.id()));
        return new Accepted(submission.id(), queue.length() > settings.busyQueueLength());
    }

    private void checkLimits(long learnerId, LocalDateTime now) {
        if (submissions.countInFlight(learnerId) >= settings.learnerInFlight()) {
            throw new SubmissionRateLimitedException("You already have " + settings.learnerInFlight()
                    + " submissions waiting to be graded; wait for one to finish.", IN_FLIGHT_RETRY);
        }
        if (submissions.countReceivedSince(learnerId, now.minus(MINUTE)) >= settings.learnerPerMinute()) {
            throw new SubmissionRateLimitedException("You sent " + settings.learnerPerMinute()
                    + " submissions in the last minute; wait a little before the next.", MINUTE);
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
