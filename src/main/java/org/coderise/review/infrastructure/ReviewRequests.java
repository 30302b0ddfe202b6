package org.coderise.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.coderise.review.domain.QueueFilter;
import org.coderise.review.domain.RequestKind;
import org.coderise.review.domain.RequestStatus;
import org.coderise.review.domain.ReviewRequest;

/** Stored review requests, the queue query and the atomic claim. */
@ApplicationScoped
public class ReviewRequests {
    /** Most a queue page lists at once: oldest first, so the ones that matter are always in it. */
    public static final int QUEUE_LIMIT = 200;

    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    public Optional<ReviewRequest> find(long id) {
        return Optional.ofNullable(em.find(ReviewRequest.class, id));
    }

    public ReviewRequest add(ReviewRequest request) {
        em.persist(request);
        em.flush();
        return request;
    }

    public boolean exists(long submissionId, RequestKind kind) {
        return !em.createQuery("SELECT r.id FROM ReviewRequest r WHERE r.submissionId = :s AND r.kind = :k", Long.class)
                .setParameter("s", submissionId).setParameter("k", kind).setMaxResults(1).getResultList().isEmpty();
    }

    /** The learner's latest earlier request on the exercise: its submission is "the previous attempt". */
    public Optional<ReviewRequest> latestFor(long learnerId, String courseId, String exerciseId) {
        return em.createQuery("SELECT r FROM ReviewRequest r WHERE r.learnerId = :l AND r.courseId = :c"
                        + " AND r.exerciseId = :e ORDER BY r.requestedAt DESC, r.id DESC", ReviewRequest.class)
                .setParameter("l", learnerId).setParameter("c", courseId).setParameter("e", exerciseId)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    public List<ReviewRequest> ofLearner(long learnerId, String courseId, String exerciseId) {
        return em.createQuery("SELECT r FROM ReviewRequest r WHERE r.learnerId = :l AND r.courseId = :c"
                        + " AND r.exerciseId = :e ORDER BY r.requestedAt DESC, r.id DESC", ReviewRequest.class)
                .setParameter("l", learnerId).setParameter("c", courseId).setParameter("e", exerciseId)
                .getResultList();
    }

    /**
     * Takes the claim in one conditional UPDATE: it succeeds only while the request is open and unclaimed, expired or
     * already the mentor's, so of two mentors claiming at once exactly one wins (row locks serialise the UPDATEs).
     *
     * @return true when this mentor now holds the claim
     */
    public boolean claim(long requestId, long mentorId, LocalDateTime now, LocalDateTime expiresAt) {
        int updated = em.createQuery("UPDATE ReviewRequest r SET r.claimedBy = :m, r.claimExpiresAt = :exp"
                        + " WHERE r.id = :id AND r.status = :open"
                        + " AND (r.claimedBy IS NULL OR r.claimedBy = :m OR r.claimExpiresAt <= :now)")
                .setParameter("m", mentorId).setParameter("exp", expiresAt).setParameter("id", requestId)
                .setParameter("open", RequestStatus.OPEN).setParameter("now", now).executeUpdate();
        return updated == 1;
    }

    /**
     * Open requests a mentor may work, oldest first: from the given cohorts (all cohorts when null, for admins) and
     * not held by another mentor's live claim; with {@link QueueFilter#overdueOnly()}, only those asked before
     * {@code overdueBefore} and not yet answered.
     */
    public List<ReviewRequest> queue(Collection<Long> cohorts, long mentorId, QueueFilter filter, LocalDateTime now,
            LocalDateTime overdueBefore) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM ReviewRequest r WHERE r.status = :open"
                + " AND (r.claimedBy IS NULL OR r.claimedBy = :m OR r.claimExpiresAt <= :now)");
        if (cohorts != null) {
            jpql.append(" AND r.cohortId IN :cohorts");
        }
        filter.courseId().ifPresent(c -> jpql.append(" AND r.courseId = :course"));
        filter.kind().ifPresent(k -> jpql.append(" AND r.kind = :kind"));
        filter.cohortId().ifPresent(c -> jpql.append(" AND r.cohortId = :cohort"));
        if (filter.overdueOnly()) {
            jpql.append(" AND r.requestedAt < :before AND r.firstResponseAt IS NULL");
        }
        jpql.append(" ORDER BY r.requestedAt, r.id");
        TypedQuery<ReviewRequest> query = em.createQuery(jpql.toString(), ReviewRequest.class)
                .setParameter("open", RequestStatus.OPEN).setParameter("m", mentorId).setParameter("now", now);
        if (cohorts != null) {
            query.setParameter("cohorts", cohorts);
        }
        filter.courseId().ifPresent(c -> query.setParameter("course", c));
        filter.kind().ifPresent(k -> query.setParameter("kind", k));
        filter.cohortId().ifPresent(c -> query.setParameter("cohort", c));
        if (filter.overdueOnly()) {
            query.setParameter("before", overdueBefore);
        }
        return query.setMaxResults(QUEUE_LIMIT).getResultList();
    }

    /**
     * What the turnaround figures need: every open request and those asked since {@code since}, in the cohorts given
     * (all when null). One row per request with only the columns the figures use.
     */
    public List<TurnaroundRow> turnaroundRows(Collection<Long> cohorts, LocalDateTime since) {
        String jpql = "SELECT r.cohortId, r.firstResponseBy, r.requestedAt, r.firstResponseAt, r.status"
                + " FROM ReviewRequest r WHERE (r.status = :open OR r.requestedAt >= :since)"
                + (cohorts == null ? "" : " AND r.cohortId IN :cohorts");
        var query = em.createQuery(jpql, Object[].class).setParameter("open", RequestStatus.OPEN)
                .setParameter("since", since);
        if (cohorts != null) {
            query.setParameter("cohorts", cohorts);
        }
        return query.getResultList().stream().map(row -> new TurnaroundRow((Long) row[0], (Long) row[1],
                (LocalDateTime) row[2], Optional.ofNullable((LocalDateTime) row[3]), row[4] == RequestStatus.OPEN))
                .toList();
    }

    /** One request in the turnaround figures; {@code responderId} is the mentor who responded first, if any. */
    public record TurnaroundRow(Long cohortId, Long responderId, LocalDateTime requestedAt,
            Optional<LocalDateTime> firstResponseAt, boolean open) {
    }

    /** Removes what a person wrote or was told in review; see {@code ReviewErasure}. @return rows changed */
    public int eraseWordsOf(long userId) {
        int rows = em.createQuery("UPDATE ReviewRequest r SET r.question = NULL WHERE r.learnerId = :u")
                .setParameter("u", userId).executeUpdate();
        rows += em.createNativeQuery("UPDATE review_comments SET reply_markdown = NULL, reply_html = NULL"
                + " WHERE request_id IN (SELECT id FROM review_requests WHERE learner_id = ?)")
                .setParameter(1, userId).executeUpdate();
        rows += em.createQuery("DELETE FROM CommentSnippet s WHERE s.mentorId = :u").setParameter("u", userId)
                .executeUpdate();
        return rows + em.createQuery("DELETE FROM Notification n WHERE n.recipientId = :u").setParameter("u", userId)
                .executeUpdate();
    }
}
