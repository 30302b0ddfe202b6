package org.coderise.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coderise.review.application.Caller;
import org.coderise.review.application.NotificationCenter;
import org.coderise.review.application.People;
import org.coderise.review.domain.Notification;

/** Backs the bell in the navigation and {@code /notifications.xhtml}. Nothing shows for visitors not signed in. */
@Named
@RequestScoped
public class NotificationsBacking {
    @Inject
    NotificationCenter center;
    @Inject
    People people;

    private Caller caller;
    private Long unread;

    public boolean isSignedIn() {
        return caller() != null;
    }

    public long getUnread() {
        if (unread == null) {
            unread = isSignedIn() ? center.unreadCount(caller()) : 0;
        }
        return unread;
    }

    public List<Notification> getLatest() {
        return isSignedIn() ? center.latest(caller()) : List.of();
    }

    public void markAllRead() {
        if (isSignedIn()) {
            center.markAllRead(caller());
            unread = 0L;
        }
    }

    private Caller caller() {
        if (caller == null) {
            caller = people.current().orElse(null);
        }
        return caller;
    }
}
