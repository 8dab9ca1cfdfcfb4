package fr.vigie.platform.api.notification;

import fr.vigie.platform.api.CaseRef;

/** Sends an in-application notification to a user (and by e-mail when configured). */
public interface Notifier {
    /**
     * @param messageKey key in the messages bundle, rendered in the recipient's language
     * @param messageArgs arguments of the message, joined with '|' when stored
     * @param link page to open, relative to the application (may be null)
     */
    void notify(String username, String messageKey, CaseRef caseRef, String link, String... messageArgs);
}
