package org.coderise.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.coderise.grading.api.GradingFacade;
import org.coderise.grading.api.SubmissionGraded;
import org.coderise.grading.api.SubmissionRecord;
import org.coderise.review.application.ReviewIntake;
import org.coderise.review.application.Submissions;
import org.coderise.sandbox.api.TestResult;

/**
 * Review's one adapter to grading: reads a submission's code and results, and queues graded capstones for review
 * when grading announces them.
 */
@ApplicationScoped
public class GradingSubmissions implements Submissions {
    private static final String GRADED = "GRADED";

    @Inject
    GradingFacade grading;
    @Inject
    ReviewIntake intake;

    @Override
    public Optional<Snapshot> find(long submissionId) {
        return grading.submission(submissionId).map(GradingSubmissions::snapshot);
    }

    /** Fired after grading's commit on a worker thread; {@link ReviewIntake#graded} runs in its own transaction. */
    void graded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionGraded event) {
        intake.graded(event.submissionId(), event.learnerId(), event.courseId(), event.exerciseId());
    }

    private static Snapshot snapshot(SubmissionRecord s) {
        List<TestOutcome> tests = s.result().map(r -> r.tests().stream().map(GradingSubmissions::outcome).toList())
                .orElse(List.of());
        return new Snapshot(s.submissionId(), s.learnerId(), s.courseId(), s.exerciseId(),
                s.files().stream().map(f -> new CodeFile(f.path(), f.content())).toList(),
                GRADED.equals(s.status()), s.verdict().map(Enum::name).orElse(s.status()), s.score(), s.maxScore(),
                tests);
    }

    private static TestOutcome outcome(TestResult t) {
        return new TestOutcome(t.name(), t.status() == TestResult.Status.PASS, t.message());
    }
}
