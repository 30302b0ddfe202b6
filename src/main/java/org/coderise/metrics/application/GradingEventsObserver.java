package org.coderise.metrics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.coderise.grading.api.SubmissionGraded;

/** Grading's facts: a graded submission is a first submission, maybe a first pass, and a day of activity. */
@ApplicationScoped
public class GradingEventsObserver {
    private final MetricsRecorder recorder;

    @Inject
    public GradingEventsObserver(MetricsRecorder recorder) {
        this.recorder = recorder;
    }

    /** For CDI's proxy only. */
    protected GradingEventsObserver() {
        this.recorder = null;
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionGraded event) {
        recorder.graded(event.learnerId(), event.courseId(), event.passed(), event.gradedAt());
    }
}
