package org.coderise.grading.application;

import java.time.LocalDateTime;
import java.util.List;
import org.coderise.grading.domain.SubmittedFile;

/** What a worker needs to grade one claimed submission, read in one query. */
public record GradingJob(long submissionId, long learnerId, String courseId, String exerciseId,
        String catalogVersion, String language, List<SubmittedFile> files, int maxScore, LocalDateTime receivedAt) {
    public GradingJob {
        files = List.copyOf(files);
    }
}
