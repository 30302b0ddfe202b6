package org.coderise.grading.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coderise.grading.domain.SubmittedFile;
import org.coderise.grading.infrastructure.SubmissionQueue;
import org.coderise.sandbox.api.InvalidRunRequestException;
import org.coderise.sandbox.api.RunOptions;
import org.coderise.sandbox.api.RunRequest;
import org.coderise.sandbox.api.RunResult;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.sandbox.api.SourceFile;
import org.coderise.sandbox.api.Verdict;

/**
 * Grades one claimed submission: runs it in the sandbox against the exercise's tests and records the outcome under the
 * claim's lease. A failure of ours (sandbox error, exception) puts it back in the queue with a growing delay; after
 * {@code maxAttempts} claims (including ones whose worker died) it ends {@code FAILED} with the reason instead of
 * looping forever.
 */
public class Grader {
    private static final Logger LOG = Logger.getLogger(Grader.class.getName());
    private static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(2);

    private final SubmissionQueue queue;
    private final ExerciseCatalog catalog;
    private final Sandbox sandbox;
    private final int maxAttempts;
    private final Consumer<RecordedGrade> recorded;

    public Grader(SubmissionQueue queue, ExerciseCatalog catalog, Sandbox sandbox, int maxAttempts,
            Consumer<RecordedGrade> recorded) {
        this.queue = queue;
        this.catalog = catalog;
        this.sandbox = sandbox;
        this.maxAttempts = maxAttempts;
        this.recorded = recorded;
    }

    /** Grades the claimed submission; never throws for a learner's code or a sandbox failure. */
    public void grade(Claim claim) {
        GradingJob job = queue.job(claim);
        if (claim.attempt() > maxAttempts) {
            finish(job, claim, GradingOutcome.failed("Grading stopped after " + maxAttempts
                    + " attempts failed on our side; your work is kept and staff can re-grade it."), 0);
            return;
        }
        var spec = catalog.forGrading(job.courseId(), job.exerciseId(), job.catalogVersion());
        if (spec.isEmpty()) {
            finish(job, claim, GradingOutcome.failed("The exercise is no longer published."), 0);
            return;
        }
        long start = System.nanoTime();
        try {
            RunResult result = sandbox.run(request(job, spec.get()));
            long runMillis = (System.nanoTime() - start) / 1_000_000;
            if (result.verdict() == Verdict.SANDBOX_ERROR) {
                retryOrFail(job, claim, result.message());
            } else {
                finish(job, claim, Scoring.outcome(result, job.maxScore()), runMillis);
            }
        } catch (InvalidRunRequestException e) {
            finish(job, claim, GradingOutcome.failed(e.getMessage()), 0);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Grading submission " + claim.submissionId() + " failed", e);
            retryOrFail(job, claim, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void retryOrFail(GradingJob job, Claim claim, String reason) {
        if (claim.attempt() >= maxAttempts) {
            finish(job, claim, GradingOutcome.failed("Grading failed on our side " + maxAttempts + " times ("
                    + reason + "); your work is kept and staff can re-grade it."), 0);
        } else {
            queue.retryLater(claim, reason, FIRST_RETRY_DELAY.multipliedBy(1L << (claim.attempt() - 1)));
        }
    }

    private void finish(GradingJob job, Claim claim, GradingOutcome outcome, long runMillis) {
        if (queue.complete(claim, outcome)) {
            recorded.accept(new RecordedGrade(job, claim, outcome, runMillis));
        } else {
            LOG.info(() -> "Submission " + claim.submissionId() + ": lease lost, result of " + claim.leaseOwner()
                    + " discarded (another worker grades it)");
        }
    }

    private static RunRequest request(GradingJob job, GradingSpec spec) {
        var files = new ArrayList<SourceFile>(spec.supportFiles());
        job.files().stream().map(Grader::sourceFile).forEach(files::add);
        return new RunRequest(spec.language(), files, spec.entryPoint(), "", spec.tests(), spec.limits(),
                RunOptions.NONE);
    }

    private static SourceFile sourceFile(SubmittedFile file) {
        return SourceFile.text(file.path(), file.content());
    }
}
