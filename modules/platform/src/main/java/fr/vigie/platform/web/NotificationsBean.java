package fr.vigie.platform.web;

import fr.vigie.platform.notification.application.NotificationInbox;
import fr.vigie.platform.notification.application.NotificationView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;

/** The current user's unread notifications: the bell of the top bar and the home page list. */
@Named("notifications")
@RequestScoped
public class NotificationsBean {
    /** Separator of the stored message arguments (see {@code Notifier}). */
    private static final String ARG_SEPARATOR = "\\|";

    @Inject
    NotificationInbox inbox;

    private List<NotificationView> unread;

    public List<NotificationView> getUnread() {
        if (unread == null) {
            unread = inbox.unread();
        }
        return unread;
    }

    public long getUnreadCount() {
        return getUnread().size();
    }

    /** The notification's message in the user's language. */
    public String text(NotificationView notification) {
        String args = notification.messageArgs();
        Object[] values = args == null || args.isEmpty() ? new Object[0] : args.split(ARG_SEPARATOR, -1);
        return FacesMessages.text(notification.messageKey(), values);
    }

    /** Marks the notification read and opens the page it points to, if any. */
    public void open(long id, String link) throws IOException {
        inbox.markRead(id);
        unread = null;
        if (link != null && link.startsWith("/") && !link.startsWith("//")) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + link);
        }
    }

    public void markRead(long id) {
        inbox.markRead(id);
        unread = null;
    }
}
