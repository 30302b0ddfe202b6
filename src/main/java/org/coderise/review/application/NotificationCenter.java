package org.coderise.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.coderise.review.domain.Notification;
import org.coderise.review.infrastructure.Inbox;
import org.coderise.shared.domain.UtcTime;

/** The bell: a person's review notifications and how many are unread. */
@ApplicationScoped
public class NotificationCenter {
    @Inject
    Inbox inbox;

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(Caller caller) {
        return inbox.unreadCount(caller.id());
    }

    /** The latest notifications, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> latest(Caller caller) {
        return inbox.latest(caller.id());
    }

    /** @return how many were unread */
    @Transactional
    public int markAllRead(Caller caller) {
        return inbox.markAllRead(caller.id(), UtcTime.now());
    }
}
