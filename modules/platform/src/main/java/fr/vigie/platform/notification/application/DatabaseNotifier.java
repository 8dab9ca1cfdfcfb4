package fr.vigie.platform.notification.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.notification.Notifier;
import fr.vigie.platform.notification.domain.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Stores notifications for the top bar, in the caller's transaction. */
@ApplicationScoped
@Transactional
public class DatabaseNotifier implements Notifier {
    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public void notify(String username, String messageKey, CaseRef caseRef, String link, String... messageArgs) {
        em.persist(new Notification(
                username,
                clock.instant(),
                messageKey,
                String.join("|", messageArgs),
                caseRef == null ? null : caseRef.toString(),
                link));
    }
}
