package org.coderise.metrics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coderise.metrics.domain.LearnerFacts;
import org.coderise.metrics.domain.LearnerProfile;
import org.coderise.metrics.domain.Measure;

/**
 * The facts metrics learns from other contexts' events, recorded in the learner's facts and the rollups. Two events
 * about new rollup cells can race to create the same row, and concurrent updates can deadlock; each change runs in its
 * own transaction and is retried, and if it still fails the loss is logged loudly: a rebuild then restores the counts.
 * Days are UTC days.
 */
@ApplicationScoped
public class MetricsRecorder {
    private static final Logger LOG = Logger.getLogger(MetricsRecorder.class.getName());
    private static final int ATTEMPTS = 4;

    private final LearnerFactsUpdate update;

    @Inject
    public MetricsRecorder(LearnerFactsUpdate update) {
        this.update = update;
    }

    /** For CDI's proxy only. */
    protected MetricsRecorder() {
        this.update = null;
    }

    public void registered(long learnerId, LearnerProfile profile) {
        change(learnerId, "registration", facts -> facts.registered(profile).activeOn(profile.registeredOn()));
    }

    /** A milestone in a course; also marks the learner active that day. */
    public void reached(long learnerId, String courseId, Measure measure, Instant at) {
        LocalDate day = dayOf(at);
        change(learnerId, measure.code(), facts -> facts.reached(courseId, measure, day).activeOn(day));
    }

    /** A graded submission: a first submission, a first pass if it passed, and a day of activity. */
    public void graded(long learnerId, String courseId, boolean passed, Instant at) {
        LocalDate day = dayOf(at);
        change(learnerId, "graded submission", facts -> {
            LearnerFacts submitted = facts.reached(courseId, Measure.SUBMITTED, day).activeOn(day);
            return passed ? submitted.reached(courseId, Measure.PASSED, day) : submitted;
        });
    }

    public void active(long learnerId, Instant at) {
        LocalDate day = dayOf(at);
        change(learnerId, "activity", facts -> facts.activeOn(day));
    }

    /** The account was erased: the learner keeps counting toward the goal, in no group but "unknown". */
    public void erased(long learnerId) {
        change(learnerId, "erasure", LearnerFacts::anonymised);
    }

    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private void change(long learnerId, String what, UnaryOperator<LearnerFacts> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                update.apply(learnerId, change);
                return;
            } catch (RuntimeException e) {
                if (gaveUp(attempt, what, learnerId, e)) {
                    return;
                }
            }
        }
    }

    /** An event must never fail the context that fired it: after the last attempt, log and let a rebuild repair. */
    private static boolean gaveUp(int attempt, String what, long learnerId, RuntimeException e) {
        if (attempt < ATTEMPTS) {
            LOG.log(Level.FINE, e, () -> "Retrying the " + what + " of learner " + learnerId);
            return false;
        }
        LOG.log(Level.SEVERE, e, () -> "Metrics lost the " + what + " of learner " + learnerId + " after " + ATTEMPTS
                + " attempts; rebuild the rollups (POST /api/v1/metrics/rebuild) once the cause is fixed");
        return true;
    }
}
