package org.coderise.grading.rest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coderise.grading.application.HiddenTests;
import org.coderise.grading.domain.Submission;
import org.coderise.grading.infrastructure.RunResultJson;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.TestResult;

/**
 * A submission as its learner sees it over REST. A wire contract: renaming a component breaks clients (the editor
 * page polls it).
 *
 * @param status ACCEPTED, QUEUED, RUNNING, GRADED or FAILED
 * @param queuePosition 1 = next, while queued; null otherwise
 * @param estimatedWaitSeconds rough time until graded, while queued or running; null otherwise
 */
public record SubmissionView(long id, String courseId, String exerciseId, String language, String status,
        String verdict, Integer score, int maxScore, Integer passedTests, Integer totalTests, String message,
        String compileOutput, List<TestView> tests, Long queuePosition, Long estimatedWaitSeconds, String receivedAt,
        String startedAt, String finishedAt, int attempts) {

    static SubmissionView of(Submission s, Optional<Long> position, Optional<Long> estimate) {
        Optional<RunResult> result = s.resultJson().map(RunResultJson::read);
        return new SubmissionView(s.id(), s.exercise().courseId(), s.exercise().exerciseId(), s.language(),
                s.status().name(), s.verdict().map(Enum::name).orElse(null), s.score().orElse(null), s.maxScore(),
                s.passedTests().orElse(null), s.totalTests().orElse(null), s.message(),
                result.map(RunResult::compileOutput).orElse(""),
                result.map(r -> tests(r, s)).orElse(List.of()), position.orElse(null), estimate.orElse(null),
                time(s.receivedAt()), s.startedAt().map(SubmissionView::time).orElse(null),
                s.finishedAt().map(SubmissionView::time).orElse(null), s.attempts());
    }

    /** Visible tests in full, hidden ones reduced to pass/fail. */
    static List<TestView> tests(RunResult result, Submission s) {
        List<TestResult> shown = HiddenTests.redacted(result, s).tests();
        var views = new ArrayList<TestView>();
        for (int i = 0; i < shown.size(); i++) {
            TestResult original = result.tests().get(i);
            views.add(TestView.of(shown.get(i), s.hides(original.suite(), original.name())));
        }
        return views;
    }

    private static String time(LocalDateTime utc) {
        return utc + "Z";
    }
}
