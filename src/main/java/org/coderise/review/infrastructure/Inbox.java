package org.coderise.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.coderise.review.domain.Notification;

/** Stored notifications, newest first. */
@ApplicationScoped
public class Inbox {
    private static final int SHOWN = 50;

    @PersistenceContext(unitName = "coderise")
    EntityManager em;

    public void add(Notification notification) {
        em.persist(notification);
    }

    public long unreadCount(long recipientId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipientId = :r AND n.readAt IS NULL",
                Long.class).setParameter("r", recipientId).getSingleResult();
    }

    public List<Notification> latest(long recipientId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipientId = :r ORDER BY n.createdAt DESC, n.id DESC",
                Notification.class).setParameter("r", recipientId).setMaxResults(SHOWN).getResultList();
    }

    public int markAllRead(long recipientId, LocalDateTime now) {
        return em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.recipientId = :r AND n.readAt IS NULL")
                .setParameter("now", now).setParameter("r", recipientId).executeUpdate();
    }
}
