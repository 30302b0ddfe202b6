package org.coderise.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coderise.review.domain.AlreadyClaimedException;
import org.coderise.review.domain.AuditEntry;
import org.coderise.review.domain.ClaimPolicy;
import org.coderise.review.domain.QueueFilter;
import org.coderise.review.domain.ReviewRequest;
import org.coderise.review.infrastructure.AuditLog;
import org.coderise.review.infrastructure.ReviewRequests;
import org.coderise.shared.domain.UtcTime;

/** A mentor's queue: what waits in their cohorts, oldest first, and taking or giving back a claim. */
@ApplicationScoped
public class MentorQueue {
    /** Shown when an account was erased: the work stays reviewable without a name. */
    public static final String NO_NAME = "—";

    @Inject
    ReviewAccess access;
    @Inject
    ReviewRequests requests;
    @Inject
    AuditLog audit;
    @Inject
    People people;
    @Inject
    Exercises exercises;
    @Inject
    ClaimPolicy policy;

    /** Open requests the caller may work: their cohorts' (every cohort for admins), not claimed by someone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueEntry> queue(Caller caller, QueueFilter filter, String locale) {
        LocalDateTime now = UtcTime.now();
        var cohorts = caller.admin() ? null : access.cohortsOf(caller).orElse(List.of());
        if (cohorts != null && cohorts.isEmpty()) {
            return List.of();
        }
        Map<String, Exercises.ExerciseFacts> facts = new HashMap<>();
        return requests.queue(cohorts, caller.id(), filter, now, now.minus(policy.target())).stream()
                .map(r -> entry(r, caller, now, facts.computeIfAbsent(r.courseId() + "/" + r.exerciseId(),
                        k -> exercises.find(r.courseId(), r.exerciseId(), locale).orElse(null))))
                .toList();
    }

    /**
     * Takes (or renews) the claim for {@code coderise.review.claim-minutes}.
     *
     * @throws AlreadyClaimedException when another mentor's claim is live or the request was decided meanwhile
     */
    @Transactional
    public ReviewRequest claim(Caller caller, long requestId) {
        ReviewRequest request = access.forReviewer(caller, requestId);
        request.requireOpen();
        LocalDateTime now = UtcTime.now();
        LocalDateTime expires = policy.expiresAt(now);
        if (!request.claimableBy(caller.id(), now) || !requests.claim(requestId, caller.id(), now, expires)) {
            throw new AlreadyClaimedException(requestId);
        }
        request.markClaimed(caller.id(), expires);
        audit.add(new AuditEntry(caller.id(), AuditEntry.Action.CLAIMED, requestId, "until " + expires, now));
        return request;
    }

    /** Gives the claim back. @throws org.coderise.review.domain.ClaimRequiredException unless the caller holds it */
    @Transactional
    public void release(Caller caller, long requestId) {
        ReviewRequest request = access.forReviewer(caller, requestId);
        LocalDateTime now = UtcTime.now();
        request.release(caller.id(), now);
        audit.add(new AuditEntry(caller.id(), AuditEntry.Action.RELEASED, requestId, null, now));
    }

    private QueueEntry entry(ReviewRequest r, Caller caller, LocalDateTime now, Exercises.ExerciseFacts facts) {
        boolean mine = r.claimant(now).map(m -> m == caller.id()).orElse(false);
        return new QueueEntry(r.id(), r.kind(), r.courseId(), facts == null ? r.courseId() : facts.courseTitle(),
                r.exerciseId(), facts == null ? r.exerciseId() : facts.title(),
                people.displayName(r.learnerId()).orElse(NO_NAME), r.cohortId().orElse(null), r.requestedAt(),
                Duration.between(r.requestedAt(), now),
                r.firstResponseAt().isEmpty() && policy.overdue(r.requestedAt(), now), mine,
                mine ? r.claimExpiresAt().orElse(null) : null);
    }
}
