package org.coderise.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.coderise.review.domain.CommentReport;
import org.coderise.review.domain.ReviewComment;

/** Stored line comments and the reports learners made of them. */
@ApplicationScoped
public class ReviewComments {
    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    public Optional<ReviewComment> find(long id) {
        return Optional.ofNullable(em.find(ReviewComment.class, id));
    }

    public ReviewComment add(ReviewComment comment) {
        em.persist(comment);
        em.flush();
        return comment;
    }

    /** Comments of the requests, by file and line, then in the order they were written. */
    public List<ReviewComment> of(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM ReviewComment c WHERE c.requestId IN :ids"
                + " ORDER BY c.filePath, c.lineNumber, c.createdAt, c.id", ReviewComment.class)
                .setParameter("ids", requestIds).getResultList();
    }

    public CommentReport add(CommentReport report) {
        em.persist(report);
        em.flush();
        return report;
    }

    public boolean reported(long commentId, long reporterId) {
        return !em.createQuery("SELECT r.id FROM CommentReport r WHERE r.commentId = :c AND r.reporterId = :u",
                Long.class).setParameter("c", commentId).setParameter("u", reporterId).getResultList().isEmpty();
    }

    public Optional<CommentReport> findOpenReport(long id) {
        return Optional.ofNullable(em.find(CommentReport.class, id)).filter(r -> r.resolution().isEmpty());
    }

    /** Reports no admin has settled yet, oldest first. */
    public List<CommentReport> openReports() {
        return em.createQuery("SELECT r FROM CommentReport r WHERE r.resolution IS NULL ORDER BY r.reportedAt, r.id",
                CommentReport.class).setMaxResults(500).getResultList();
    }
}
