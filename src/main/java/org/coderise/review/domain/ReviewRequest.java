package org.coderise.review.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A submission waiting for a mentor. Lifecycle: created OPEN (automatically when a capstone is graded, or when a
 * learner asks a question) → claimed by one mentor at a time, the claim expiring so nothing stays stuck behind an
 * absent mentor → commented on (the first comment or the decision is the first response) → DECIDED, which clears
 * the claim. Invariants: only the holder of an unexpired claim comments or decides; a decided request never reopens
 * (a resubmission makes a new request). The claim itself is taken with a conditional UPDATE (see the repository), so
 * two mentors at once cannot both hold it.
 */
@Entity
@Table(name = "review_requests")
public class ReviewRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "submission_id", nullable = false)
    private long submissionId;
    @Column(name = "previous_submission_id")
    private Long previousSubmissionId;
    @Column(name = "learner_id", nullable = false)
    private long learnerId;
    @Column(name = "cohort_id")
    private Long cohortId;
    @Column(name = "course_id", nullable = false)
    private String courseId;
    @Column(name = "exercise_id", nullable = false)
    private String exerciseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestKind kind;
    private String question;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;
    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;
    @Column(name = "claimed_by")
    private Long claimedBy;
    @Column(name = "claim_expires_at")
    private LocalDateTime claimExpiresAt;
    @Column(name = "first_response_at")
    private LocalDateTime firstResponseAt;
    @Column(name = "first_response_by")
    private Long firstResponseBy;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    @Column(name = "general_comment_markdown")
    private String generalCommentMarkdown;
    @Column(name = "general_comment_html")
    private String generalCommentHtml;
    @ElementCollection
    @CollectionTable(name = "review_rubric_scores", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "criterion")
    @Column(name = "score")
    private Map<String, Integer> rubricScores = new HashMap<>();

    protected ReviewRequest() {
    }

    /** What a request is about; {@code cohortId} is the learner's cohort when asked (null: no cohort, admins only). */
    public record Subject(long submissionId, Long previousSubmissionId, long learnerId, Long cohortId, String courseId,
            String exerciseId) {
    }

    public static ReviewRequest capstone(Subject subject, LocalDateTime now) {
        return new ReviewRequest(subject, RequestKind.CAPSTONE, null, now);
    }

    /** @param question the learner's question, plain text, already checked not blank */
    public static ReviewRequest question(Subject subject, String question, LocalDateTime now) {
        return new ReviewRequest(subject, RequestKind.QUESTION, question, now);
    }

    private ReviewRequest(Subject subject, RequestKind kind, String question, LocalDateTime now) {
        this.submissionId = subject.submissionId();
        this.previousSubmissionId = subject.previousSubmissionId();
        this.learnerId = subject.learnerId();
        this.cohortId = subject.cohortId();
        this.courseId = subject.courseId();
        this.exerciseId = subject.exerciseId();
        this.kind = kind;
        this.question = question;
        this.status = RequestStatus.OPEN;
        this.requestedAt = now;
    }

    /** Whether {@code mentorId} may take the claim now: open, and unclaimed, expired or already theirs. */
    public boolean claimableBy(long mentorId, LocalDateTime now) {
        return status == RequestStatus.OPEN && (claimedBy == null || claimedBy == mentorId || !claimExpiresAt.isAfter(now));
    }

    /**
     * Mirrors a claim the repository took with its conditional UPDATE onto this copy (a bulk UPDATE bypasses the
     * persistence context), so the rest of the transaction sees it.
     */
    public void markClaimed(long mentorId, LocalDateTime expiresAt) {
        this.claimedBy = mentorId;
        this.claimExpiresAt = expiresAt;
    }

    /** Gives the claim back so another mentor can take it. @throws ClaimRequiredException unless theirs and live */
    public void release(long mentorId, LocalDateTime now) {
        requireClaimBy(mentorId, now);
        this.claimedBy = null;
        this.claimExpiresAt = null;
    }

    /** The mentor holding an unexpired claim, if any. */
    public Optional<Long> claimant(LocalDateTime now) {
        return claimedBy != null && claimExpiresAt.isAfter(now) ? Optional.of(claimedBy) : Optional.empty();
    }

    /** @throws ReviewAlreadyDecidedException when decided; {@link ClaimRequiredException} without a live claim */
    public void requireClaimBy(long mentorId, LocalDateTime now) {
        requireOpen();
        if (!claimant(now).map(c -> c == mentorId).orElse(false)) {
            throw new ClaimRequiredException(id);
        }
    }

    public void requireOpen() {
        if (status != RequestStatus.OPEN) {
            throw new ReviewAlreadyDecidedException(id);
        }
    }

    /** The first comment or decision of a mentor; later ones change nothing. */
    public void recordResponse(long mentorId, LocalDateTime now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
            firstResponseBy = mentorId;
        }
    }

    /**
     * Closes the request with the claimant's decision. The caller has checked the claim and rendered the comment.
     *
     * @param decision null is refused with {@link DecisionMissingException}
     * @param scores rubric scores by criterion, already checked against the rubric
     */
    public void decide(long mentorId, Decision decision, String commentMarkdown, String commentHtml,
            Map<String, Integer> scores, LocalDateTime now) {
        if (decision == null) {
            throw new DecisionMissingException();
        }
        if (!decision.allowedFor(kind)) {
            throw new DecisionNotAllowedException(decision, kind);
        }
        requireClaimBy(mentorId, now);
        recordResponse(mentorId, now);
        this.decision = decision;
        this.decidedBy = mentorId;
        this.decidedAt = now;
        this.generalCommentMarkdown = commentMarkdown;
        this.generalCommentHtml = commentHtml;
        this.rubricScores = new HashMap<>(scores);
        this.status = RequestStatus.DECIDED;
        this.claimedBy = null;
        this.claimExpiresAt = null;
    }

    public Long id() {
        return id;
    }

    public long submissionId() {
        return submissionId;
    }

    public Optional<Long> previousSubmissionId() {
        return Optional.ofNullable(previousSubmissionId);
    }

    public long learnerId() {
        return learnerId;
    }

    public Optional<Long> cohortId() {
        return Optional.ofNullable(cohortId);
    }

    public String courseId() {
        return courseId;
    }

    public String exerciseId() {
        return exerciseId;
    }

    public RequestKind kind() {
        return kind;
    }

    public Optional<String> question() {
        return Optional.ofNullable(question);
    }

    public RequestStatus status() {
        return status;
    }

    public LocalDateTime requestedAt() {
        return requestedAt;
    }

    public Optional<LocalDateTime> claimExpiresAt() {
        return Optional.ofNullable(claimExpiresAt);
    }

    public Optional<LocalDateTime> firstResponseAt() {
        return Optional.ofNullable(firstResponseAt);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<LocalDateTime> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> generalCommentHtml() {
        return Optional.ofNullable(generalCommentHtml);
    }

    public Map<String, Integer> rubricScores() {
        return Map.copyOf(rubricScores);
    }
}
