package org.coderise.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.coderise.grading.api.SubmissionGraded;
import org.coderise.learning.application.GradeReport;
import org.coderise.learning.application.ProgressRecording;

/**
 * Counts grading's results into progress. Grading fires {@link SubmissionGraded} after its commit, on a worker
 * thread; counting is idempotent per submission, so a redelivery is harmless.
 */
@ApplicationScoped
public class GradingResults {
    @Inject
    ProgressRecording recording;

    void onGraded(@Observes SubmissionGraded graded) {
        recording.countGrade(new GradeReport(graded.submissionId(), graded.learnerId(), graded.courseId(),
                graded.exerciseId(), graded.score(), graded.maxScore(), graded.passed()));
    }
}
