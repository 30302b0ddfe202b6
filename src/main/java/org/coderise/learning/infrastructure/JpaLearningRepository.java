package org.coderise.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.coderise.learning.domain.Certificate;
import org.coderise.learning.domain.CountedSubmission;
import org.coderise.learning.domain.Draft;
import org.coderise.learning.domain.Enrollment;
import org.coderise.learning.domain.ItemProgress;
import org.coderise.learning.domain.LearningRepository;
import org.coderise.learning.domain.VerificationCode;

/** Learning's tables through JPA; callers bring the transaction. */
@ApplicationScoped
public class JpaLearningRepository implements LearningRepository {
    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    @Override
    public Optional<Enrollment> findEnrollment(long learnerId, String courseId) {
        return first(em.createQuery(
                "SELECT e FROM Enrollment e WHERE e.learnerId = :learner AND e.courseId = :course", Enrollment.class)
                .setParameter("learner", learnerId).setParameter("course", courseId));
    }

    @Override
    public List<Enrollment> enrollmentsOf(long learnerId) {
        return em.createQuery("SELECT e FROM Enrollment e WHERE e.learnerId = :learner ORDER BY e.lastVisitedAt DESC",
                Enrollment.class).setParameter("learner", learnerId).getResultList();
    }

    @Override
    public void add(Enrollment enrollment) {
        em.persist(enrollment);
    }

    @Override
    public List<ItemProgress> progress(long learnerId, String courseId) {
        return em.createQuery(
                "SELECT p FROM ItemProgress p WHERE p.learnerId = :learner AND p.courseId = :course", ItemProgress.class)
                .setParameter("learner", learnerId).setParameter("course", courseId).getResultList();
    }

    @Override
    public Optional<ItemProgress> findProgress(long learnerId, String courseId, String itemId) {
        return first(em.createQuery("SELECT p FROM ItemProgress p WHERE p.learnerId = :learner"
                + " AND p.courseId = :course AND p.itemId = :item", ItemProgress.class)
                .setParameter("learner", learnerId).setParameter("course", courseId).setParameter("item", itemId));
    }

    @Override
    public void add(ItemProgress progress) {
        em.persist(progress);
    }

    @Override
    public List<ItemProgress> recentlyGraded(long learnerId, int limit) {
        return em.createQuery("SELECT p FROM ItemProgress p WHERE p.learnerId = :learner AND p.attempts > 0"
                + " ORDER BY p.updatedAt DESC", ItemProgress.class)
                .setParameter("learner", learnerId).setMaxResults(limit).getResultList();
    }

    @Override
    public boolean isCounted(long submissionId) {
        return em.find(CountedSubmission.class, submissionId) != null;
    }

    @Override
    public void add(CountedSubmission counted) {
        em.persist(counted);
        // Flushed at once: a concurrent duplicate then fails here on the primary key, before progress moves.
        em.flush();
    }

    @Override
    public Optional<Certificate> findCertificate(VerificationCode code) {
        return first(em.createQuery("SELECT c FROM Certificate c WHERE c.verificationCode = :code", Certificate.class)
                .setParameter("code", code.value()));
    }

    @Override
    public Optional<Certificate> findCertificate(long learnerId, String courseId) {
        return first(em.createQuery(
                "SELECT c FROM Certificate c WHERE c.learnerId = :learner AND c.courseId = :course", Certificate.class)
                .setParameter("learner", learnerId).setParameter("course", courseId));
    }

    @Override
    public void add(Certificate certificate) {
        em.persist(certificate);
    }

    @Override
    public Optional<Draft> findDraft(long learnerId, String courseId, String exerciseId) {
        return first(em.createQuery("SELECT d FROM Draft d WHERE d.learnerId = :learner AND d.courseId = :course"
                + " AND d.exerciseId = :exercise", Draft.class)
                .setParameter("learner", learnerId).setParameter("course", courseId)
                .setParameter("exercise", exerciseId));
    }

    @Override
    public void add(Draft draft) {
        em.persist(draft);
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
