package org.coderise.grading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.coderise.grading.domain.QueueEntry;
import org.coderise.grading.domain.Submission;
import org.coderise.grading.domain.SubmissionKey;
import org.coderise.grading.domain.SubmissionRepository;
import org.coderise.grading.domain.SubmissionStatus;

/** Submissions in JPA; callers provide the transaction. */
@ApplicationScoped
public class JpaSubmissionRepository implements SubmissionRepository {
    private static final List<SubmissionStatus> IN_FLIGHT = List.of(
            SubmissionStatus.ACCEPTED, SubmissionStatus.QUEUED, SubmissionStatus.RUNNING);

    @PersistenceContext(unitName = "coderise")
    private EntityManager em;

    @Override
    public void storeAndQueue(Submission submission, LocalDateTime at) {
        em.persist(submission);
        em.flush();
        submission.queued(at);
        em.persist(new QueueEntry(submission, at));
    }

    @Override
    public Optional<Submission> find(long id) {
        return Optional.ofNullable(em.find(Submission.class, id));
    }

    @Override
    public Optional<Submission> findByKey(long learnerId, SubmissionKey key) {
        return em.createQuery("SELECT s FROM Submission s WHERE s.learnerId = :learner AND s.idempotencyKey = :key",
                        Submission.class)
                .setParameter("learner", learnerId)
                .setParameter("key", key.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<Submission> history(long learnerId, String courseId, String exerciseId, int limit) {
        return em.createQuery("SELECT s FROM Submission s WHERE s.learnerId = :learner"
                        + " AND s.exercise.courseId = :course AND s.exercise.exerciseId = :exercise"
                        + " ORDER BY s.id DESC", Submission.class)
                .setParameter("learner", learnerId)
                .setParameter("course", courseId)
                .setParameter("exercise", exerciseId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countInFlight(long learnerId) {
        return em.createQuery("SELECT COUNT(s) FROM Submission s WHERE s.learnerId = :learner"
                        + " AND s.status IN :statuses", Long.class)
                .setParameter("learner", learnerId)
                .setParameter("statuses", IN_FLIGHT)
                .getSingleResult();
    }

    @Override
    public long countReceivedSince(long learnerId, LocalDateTime since) {
        return em.createQuery("SELECT COUNT(s) FROM Submission s WHERE s.learnerId = :learner"
                        + " AND s.receivedAt >= :since", Long.class)
                .setParameter("learner", learnerId)
                .setParameter("since", since)
                .getSingleResult();
    }
}
