package org.coderise.grading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coderise.sandbox.api.Verdict;

/**
 * A learner's answer to one exercise, and the aggregate root of grading.
 *
 * <p>Lifecycle: {@code ACCEPTED} when stored, {@code QUEUED} in the same transaction as its queue entry,
 * {@code RUNNING} while a worker holds the lease, then {@code GRADED} (verdict, score, per-test results) or
 * {@code FAILED} (the sandbox kept failing; the reason is in {@link #message()}). Invariants: the files never change
 * after acceptance; a result is recorded at most once (the worker's write is guarded by its lease and by the status);
 * timestamps only move forward. Workers write the running and final states with guarded SQL
 * ({@code infrastructure.SubmissionQueue}), not through this class, so two nodes never overwrite each other.
 */
@Entity
@Table(name = "grading_submission")
public class Submission {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "learner_id", nullable = false)
    private long learnerId;
    @Embedded
    private ExerciseRef exercise;
    @Column(nullable = false, length = 32)
    private String language;
    @Convert(converter = SubmittedFilesConverter.class)
    @Column(name = "files_json", nullable = false)
    private SubmittedFiles files;
    @Column(name = "files_bytes", nullable = false)
    private int filesBytes;
    @Convert(converter = SuiteNamesConverter.class)
    @Column(name = "hidden_suites", nullable = false)
    private Set<String> hiddenSuites;
    @Convert(converter = SuiteNamesConverter.class)
    @Column(name = "hidden_cases", nullable = false)
    private Set<String> hiddenCases;
    @Column(name = "max_score", nullable = false)
    private int maxScore;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    private Integer score;
    @Column(name = "passed_tests")
    private Integer passedTests;
    @Column(name = "total_tests")
    private Integer totalTests;
    private String message;
    @Column(name = "result_json")
    private String resultJson;
    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;
    @Column(name = "queued_at")
    private LocalDateTime queuedAt;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "finished_at")
    private LocalDateTime finishedAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "idempotency_key", length = SubmissionKey.MAX_CHARS)
    private String idempotencyKey;

    protected Submission() {
    }

    /** A newly received submission; {@code receivedAt} is UTC. */
    public Submission(long learnerId, ExerciseRef exercise, String language, SubmittedFiles files,
            Set<String> hiddenSuites, Set<String> hiddenCases, int maxScore, LocalDateTime receivedAt) {
        this.learnerId = learnerId;
        this.exercise = exercise;
        this.language = language;
        this.files = files;
        this.filesBytes = files.totalBytes();
        this.hiddenSuites = Set.copyOf(hiddenSuites);
        this.hiddenCases = Set.copyOf(hiddenCases);
        this.maxScore = maxScore;
        this.status = SubmissionStatus.ACCEPTED;
        this.receivedAt = receivedAt;
    }

    /**
     * Tags a new submission, before it is stored, with the key its client sent: a second request with the same key
     * is answered with this submission instead of storing another.
     */
    public Submission keyed(SubmissionKey key) {
        this.idempotencyKey = key.value();
        return this;
    }

    /** Marks it queued; called in the transaction that writes its queue entry. */
    public void queued(LocalDateTime at) {
        if (status != SubmissionStatus.ACCEPTED) {
            throw new IllegalStateException("Only an accepted submission can be queued, not a " + status + " one");
        }
        status = SubmissionStatus.QUEUED;
        queuedAt = at;
    }

    public Long id() {
        return id;
    }

    /** The identity user id of the learner. */
    public long learnerId() {
        return learnerId;
    }

    public ExerciseRef exercise() {
        return exercise;
    }

    public String language() {
        return language;
    }

    public List<SubmittedFile> files() {
        return files.files();
    }

    /**
     * Whether a test's details must be kept from the learner: a hidden unit test file, or a hidden I/O case (I/O
     * results carry suite {@code io} and the case name).
     */
    public boolean hides(String suite, String testName) {
        return hiddenSuites.contains(suite) || "io".equals(suite) && hiddenCases.contains(testName);
    }

    public int maxScore() {
        return maxScore;
    }

    public SubmissionStatus status() {
        return status;
    }

    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    public Optional<Integer> score() {
        return Optional.ofNullable(score);
    }

    public Optional<Integer> passedTests() {
        return Optional.ofNullable(passedTests);
    }

    public Optional<Integer> totalTests() {
        return Optional.ofNullable(totalTests);
    }

    public String message() {
        return message == null ? "" : message;
    }

    /** The sandbox's result in the stored JSON form, once graded. */
    public Optional<String> resultJson() {
        return Optional.ofNullable(resultJson);
    }

    public LocalDateTime receivedAt() {
        return receivedAt;
    }

    public Optional<LocalDateTime> queuedAt() {
        return Optional.ofNullable(queuedAt);
    }

    public Optional<LocalDateTime> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<LocalDateTime> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public int attempts() {
        return attempts;
    }

    /** Whether this submission was made of the same exercise and files: a repeat of it, not a new one. */
    public boolean sameAs(String courseId, String exerciseId, SubmittedFiles other) {
        return exercise.courseId().equals(courseId) && exercise.exerciseId().equals(exerciseId)
                && files.equals(other);
    }
}
