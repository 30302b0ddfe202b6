package org.coderise.grading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.coderise.grading.application.SubmissionService.Accepted;
import org.coderise.grading.domain.ExerciseRef;
import org.coderise.grading.domain.IdempotencyKeyReusedException;
import org.coderise.grading.domain.NotEnrolledException;
import org.coderise.grading.domain.Submission;
import org.coderise.grading.domain.SubmissionKey;
import org.coderise.grading.domain.SubmissionRateLimitedException;
import org.coderise.grading.domain.SubmissionRepository;
import org.coderise.grading.domain.SubmittedFiles;
import org.coderise.grading.domain.UnknownExerciseException;
import org.coderise.grading.infrastructure.SubmissionQueue;

/**
 * The transaction of {@link SubmissionService#submit}: the checks (published exercise, enrollment, repeat of a key,
 * the learner's limits) and the store. A separate bean so that the service can catch a lost race on the key index
 * after this transaction has rolled back.
 */
@ApplicationScoped
public class SubmissionIntake {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration IN_FLIGHT_RETRY = Duration.ofSeconds(5);

    @Inject
    SubmissionRepository submissions;
    @Inject
    ExerciseCatalog catalog;
    @Inject
    Enrollments enrollments;
    @Inject
    SubmissionQueue queue;
    @Inject
    GradingSettings settings;
    @Inject
    Event<SubmissionQueued> queued;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public Accepted submit(long learnerId, String courseId, String exerciseId, SubmittedFiles files,
            Optional<SubmissionKey> key) {
        GradingSpec spec = catalog.current(courseId, exerciseId)
                .orElseThrow(() -> new UnknownExerciseException("No published exercise " + courseId + "/" + exerciseId + "."));
        if (!enrollments.enrolled(learnerId, courseId)) {
            throw new NotEnrolledException(courseId);
        }
        var earlier = key.flatMap(k -> repeated(learnerId, courseId, exerciseId, files, k));
        if (earlier.isPresent()) {
            return new Accepted(earlier.get().id(), false);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        checkLimits(learnerId, now);
        var submission = new Submission(learnerId, new ExerciseRef(courseId, exerciseId, spec.catalogVersion()),
                spec.language(), files, spec.hiddenSuites(), spec.hiddenCases(), spec.maxScore(), now);
        key.ifPresent(submission::keyed);
        submissions.storeAndQueue(submission, now);
        queued.fire(new SubmissionQueued(submission.id()));
        return new Accepted(submission.id(), queue.length() > settings.busyQueueLength());
    }

    /**
     * The learner's submission made with this key, when this request repeats it.
     *
     * @throws IdempotencyKeyReusedException when the key made a submission of another exercise or other files
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Submission> repeated(long learnerId, String courseId, String exerciseId, SubmittedFiles files,
            SubmissionKey key) {
        var earlier = submissions.findByKey(learnerId, key);
        if (earlier.isPresent() && !earlier.get().sameAs(courseId, exerciseId, files)) {
            throw new IdempotencyKeyReusedException();
        }
        return earlier;
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
}
