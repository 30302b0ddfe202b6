package org.coderise.grading.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coderise.grading.api.SubmissionGraded;
import org.coderise.grading.application.ExerciseCatalog;
import org.coderise.grading.application.Grader;
import org.coderise.grading.application.GradingSettings;
import org.coderise.grading.application.RecordedGrade;
import org.coderise.grading.application.SubmissionQueued;
import org.coderise.grading.domain.SubmissionStatus;
import org.coderise.sandbox.api.Sandbox;
import org.coderise.sandbox.api.Verdict;

/**
 * This node's grading workers: {@code coderise.grading.workers} threads from the container's managed thread factory,
 * started when the node's role includes grading. Each loops: claim the oldest submission, grade it, repeat; when the
 * queue is empty it sleeps until a submission is queued on this node or the poll interval passes (work queued by
 * other nodes). Stopping leaves running submissions leased: their leases expire and any node takes them over.
 */
@ApplicationScoped
public class WorkerPool {
    private static final Logger LOG = Logger.getLogger(WorkerPool.class.getName());

    @Resource
    ManagedThreadFactory threadFactory;
    @Inject
    GradingSettings settings;
    @Inject
    SubmissionQueue queue;
    @Inject
    ExerciseCatalog catalog;
    @Inject
    Sandbox sandbox;
    @Inject
    GradingFigures figures;
    @Inject
    Event<SubmissionGraded> graded;

    private final Semaphore wakeups = new Semaphore(0);
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;
    private final AtomicBoolean sandboxWasReady = new AtomicBoolean(true);

    void start(@Observes @Initialized(ApplicationScoped.class) Object start) {
        if (!settings.grades()) {
            LOG.info("Grading workers: none (node role web)");
            return;
        }
        var grader = new Grader(queue, catalog, sandbox, settings.maxAttempts(), this::recorded);
        String node = ManagementFactory.getRuntimeMXBean().getName();
        running = true;
        for (int i = 1; i <= settings.workers(); i++) {
            Thread worker = threadFactory.newThread(loop(node + "/w" + i, grader));
            worker.setName("coderise-grader-" + i);
            workers.add(worker);
            worker.start();
        }
        LOG.info(() -> "Grading workers: " + workers.size() + " on " + node);
    }

    private Runnable loop(String name, Grader grader) {
        return () -> {
            while (running) {
                try {
                    if (!sandboxReady()) {
                        pause();
                        continue;
                    }
                    var claim = queue.claim(name);
                    if (claim.isPresent()) {
                        grader.grade(claim.get());
                    } else {
                        wakeups.tryAcquire(settings.poll().toMillis(), TimeUnit.MILLISECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Grading worker " + name + " failed; it retries after a pause", e);
                    pause();
                }
            }
        };
    }

    /**
     * A node whose sandbox cannot isolate claims nothing: the submissions wait in the queue for a node that can grade
     * them, instead of spending their attempts here and ending as sandbox errors.
     */
    private boolean sandboxReady() {
        boolean ready = sandbox.status().ready();
        if (!ready && sandboxWasReady.getAndSet(false)) {
            LOG.severe(() -> "Grading paused on this node: the sandbox is not ready " + sandbox.status().problems());
        } else if (ready && !sandboxWasReady.getAndSet(true)) {
            LOG.info("Grading resumed on this node: the sandbox is ready");
        }
        return ready;
    }

    private void pause() {
        try {
            Thread.sleep(settings.poll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubmissionQueued queued) {
        if (wakeups.availablePermits() < workers.size()) {
            wakeups.release();
        }
    }

    private void recorded(RecordedGrade grade) {
        figures.recorded(grade);
        var outcome = grade.outcome();
        if (outcome.status() == SubmissionStatus.GRADED) {
            var job = grade.job();
            graded.fire(new SubmissionGraded(job.submissionId(), job.learnerId(), job.courseId(), job.exerciseId(),
                    outcome.verdict(), outcome.score(), job.maxScore(), outcome.verdict() == Verdict.ACCEPTED,
                    Instant.now()));
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
