package fr.vigie.crossborder.application;

import fr.vigie.complaints.api.CrossBorderStageReached;
import fr.vigie.crossborder.api.CrossBorderModule;
import fr.vigie.crossborder.domain.CrossBorderCase;
import fr.vigie.crossborder.domain.CrossBorderEvent;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place that writes a cross-border case's audit trail and history: it drains the facts the
 * aggregate's verbs recorded ({@link CrossBorderEvent}) and writes, for each, one audit entry (who and
 * when are the trail's own; what: the act, its day and the value it changed; why: the reason) and one
 * row of the case's history, as its file shows it. Being the one place every act passes through, it
 * also tells the joined complaints where their case stands ({@link CrossBorderStageNews}), synchronously,
 * in the act's transaction.
 */
@ApplicationScoped
public class CrossBorderEventLog {
    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @PersistenceContext(unitName = "crossborder")
    EntityManager em;

    @Inject
    Event<CrossBorderStageReached> stageReached;

    /** Writes the facts {@code c} recorded since the last call, each with {@code reason} (may be null). */
    void write(CrossBorderCase c, String reason) {
        for (CrossBorderEvent event : c.drainEvents()) {
            audit.record(entry(c, event, reason));
            em.createNativeQuery("INSERT INTO crossborder.case_event"
                            + " (case_reference, act, act_on, field, before_value, after_value, by_user, reason)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, c.id().value())
                    .setParameter(2, event.act().name())
                    .setParameter(3, event.on())
                    .setParameter(4, event.field())
                    .setParameter(5, event.before())
                    .setParameter(6, event.after())
                    .setParameter(7, currentUser.username())
                    .setParameter(8, reason)
                    .executeUpdate();
            CrossBorderStageNews.of(c, event).ifPresent(stageReached::fire);
        }
    }

    static AuditRecord entry(CrossBorderCase c, CrossBorderEvent event, String reason) {
        return AuditRecord.of(
                        CrossBorderModule.NAME, "CROSSBORDER_" + event.act().name())
                .onCase(c.id().caseRef())
                .because(reason)
                .changed(event.field(), event.before(), event.after())
                .changed("actOn", null, event.on())
                .build();
    }
}
