package org.coderise.grading.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.coderise.grading.domain.Submission;
import org.coderise.grading.domain.SubmissionRepository;
import org.coderise.grading.infrastructure.RunResultJson;

/** Questions other contexts ask grading. Callers check their own permissions (a mentor's cohort, an admin). */
@ApplicationScoped
public class GradingFacade {
    @Inject
    SubmissionRepository submissions;

    /** A submission with its code and full result; empty when unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubmissionRecord> submission(long submissionId) {
        return submissions.find(submissionId).map(GradingFacade::record);
    }

    private static SubmissionRecord record(Submission s) {
        return new SubmissionRecord(s.id(), s.learnerId(), s.exercise().courseId(), s.exercise().exerciseId(),
                s.language(), s.files().stream().map(f -> new SubmittedCode(f.path(), f.content())).toList(),
                s.status().name(), s.verdict(), s.score().orElse(0), s.maxScore(),
                s.resultJson().map(RunResultJson::read), instant(s.receivedAt()), s.finishedAt().map(GradingFacade::instant));
    }

    private static java.time.Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
