package org.coderise.grading.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Verdict;

/**
 * A submission as review sees it: the code, and the full result (hidden tests included, for mentors).
 *
 * @param status ACCEPTED, QUEUED, RUNNING, GRADED or FAILED
 * @param result the sandbox's result once graded
 */
public record SubmissionRecord(long submissionId, long learnerId, String courseId, String exerciseId, String language,
        List<SubmittedCode> files, String status, Optional<Verdict> verdict, int score, int maxScore,
        Optional<RunResult> result, Instant receivedAt, Optional<Instant> finishedAt) {
    public SubmissionRecord {
        files = List.copyOf(files);
    }
}
