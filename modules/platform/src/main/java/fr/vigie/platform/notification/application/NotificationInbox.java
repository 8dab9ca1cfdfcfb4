package fr.vigie.platform.notification.application;

import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.notification.domain.Notification;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** The current user's unread notifications. */
@RequestScoped
@Transactional
public class NotificationInbox {
    private static final int SHOWN = 20;

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    public List<NotificationView> unread() {
        return em.createNamedQuery("Notification.unread", Notification.class)
                .setParameter("recipient", currentUser.username())
                .setMaxResults(SHOWN)
                .getResultStream()
                .map(n -> new NotificationView(
                        n.id(), n.createdAt(), n.messageKey(), n.messageArgs(), n.caseRef(), n.link()))
                .toList();
    }

    public long unreadCount() {
        return em.createNamedQuery("Notification.unreadCount", Long.class)
                .setParameter("recipient", currentUser.username())
                .getSingleResult();
    }

    /** Marks one of the current user's notifications read; returns the page it points to (null when none). */
    public String markRead(long id) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.isAddressedTo(currentUser.username())) {
            throw new NotFoundException("notification", id);
        }
        n.markRead(clock.instant());
        return n.link();
    }
}
