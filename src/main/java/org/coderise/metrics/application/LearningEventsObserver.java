package org.coderise.metrics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.coderise.learning.api.CertificateIssued;
import org.coderise.learning.api.CourseCompleted;
import org.coderise.learning.api.Enrolled;
import org.coderise.learning.api.LessonCompleted;
import org.coderise.learning.api.ModuleCompleted;
import org.coderise.metrics.domain.Measure;

/** Learning's facts, as they commit: enrollments, completions and certificates; a finished lesson is activity. */
@ApplicationScoped
public class LearningEventsObserver {
    private final MetricsRecorder recorder;

    @Inject
    public LearningEventsObserver(MetricsRecorder recorder) {
        this.recorder = recorder;
    }

    /** For CDI's proxy only. */
    protected LearningEventsObserver() {
        this.recorder = null;
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) Enrolled event) {
        recorder.reached(event.learnerId(), event.courseId(), Measure.ENROLLED, event.at());
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModuleCompleted event) {
        recorder.reached(event.learnerId(), event.courseId(), Measure.MODULE_COMPLETED, event.at());
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted event) {
        recorder.reached(event.learnerId(), event.courseId(), Measure.COURSE_COMPLETED, event.at());
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateIssued event) {
        recorder.reached(event.learnerId(), event.courseId(), Measure.CERTIFIED, event.at());
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) LessonCompleted event) {
        recorder.active(event.learnerId(), event.at());
    }
}
