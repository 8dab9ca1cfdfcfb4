package fr.vigie.platform.web;

import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.clock.PolicyTexts;
import fr.vigie.platform.notification.application.NotificationInbox;
import fr.vigie.platform.notification.application.NotificationView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

    /**
     * The notification's message in the user's language. Its arguments are stored as written when it
     * was sent (a deadline's code, an ISO date): they are put in the reader's words here — the
     * deadline's name, the date as the language writes it ("3 décembre 2026").
     */
    public String text(NotificationView notification) {
        String args = notification.messageArgs();
        Locale locale = FacesMessages.locale(FacesContext.getCurrentInstance());
        Object[] values = args == null || args.isEmpty()
                ? new Object[0]
                : Arrays.stream(args.split(ARG_SEPARATOR, -1))
                        .map(arg -> readable(arg, locale))
                        .toArray();
        return FacesMessages.text(notification.messageKey(), values);
    }

    static String readable(String arg, Locale locale) {
        if (PolicyNames.isPolicyCode(arg)) {
            return PolicyNames.of(arg, locale);
        }
        if (arg.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return PolicyTexts.date(LocalDate.parse(arg), locale);
            } catch (DateTimeParseException e) {
                return arg;
            }
        }
        return arg;
    }

    /**
     * Marks the notification named by the request parameter {@code notification} read and opens the page
     * it points to, if any. The id comes with the click rather than from the list's row: the list is read
     * again on the postback, and a notification arrived in between would shift the rows.
     */
    public void open() throws IOException {
        String link = inbox.markRead(requestedNotification());
        unread = null;
        if (link != null && link.startsWith("/") && !link.startsWith("//")) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + link);
        }
    }

    private static long requestedNotification() {
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("notification");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("notification", id);
        }
    }

    public void markRead(long id) {
        inbox.markRead(id);
        unread = null;
    }
}
