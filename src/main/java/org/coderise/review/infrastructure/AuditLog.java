package org.coderise.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.coderise.review.domain.AuditEntry;

/** The append-only log of mentor and admin actions on reviews. */
@ApplicationScoped
public class AuditLog {
    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    public List<AuditEntry> ofRequest(long requestId) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.requestId = :r ORDER BY a.actedAt, a.id",
                AuditEntry.class).setParameter("r", requestId).getResultList();
    }

    public List<AuditEntry> latest(int max) {
        return em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.actedAt DESC, a.id DESC", AuditEntry.class)
                .setMaxResults(max).getResultList();
    }
}
