package fr.vigie.dossiers.application;

import fr.vigie.dossiers.domain.Dossier;
import fr.vigie.dossiers.domain.DossierEvent;
import fr.vigie.dossiers.domain.DossierEvent.Attached;
import fr.vigie.dossiers.domain.DossierEvent.Created;
import fr.vigie.dossiers.domain.DossierEvent.DataAvailable;
import fr.vigie.dossiers.domain.DossierEvent.DataDelivered;
import fr.vigie.dossiers.domain.DossierEvent.DecisionExtended;
import fr.vigie.dossiers.domain.DossierEvent.DecisionPublished;
import fr.vigie.dossiers.domain.DossierEvent.DeclaredComplete;
import fr.vigie.dossiers.domain.DossierEvent.DeclaredIncomplete;
import fr.vigie.dossiers.domain.DossierEvent.FeeEstimated;
import fr.vigie.dossiers.domain.DossierEvent.Granted;
import fr.vigie.dossiers.domain.DossierEvent.InstructorAssigned;
import fr.vigie.dossiers.domain.DossierEvent.Lapsed;
import fr.vigie.dossiers.domain.DossierEvent.OpinionRecorded;
import fr.vigie.dossiers.domain.DossierEvent.PermitAmended;
import fr.vigie.dossiers.domain.DossierEvent.PermitExpired;
import fr.vigie.dossiers.domain.DossierEvent.PermitExtended;
import fr.vigie.dossiers.domain.DossierEvent.Refused;
import fr.vigie.dossiers.domain.DossierEvent.Submitted;
import fr.vigie.dossiers.domain.DossierEvent.TacitAuthorisation;
import fr.vigie.dossiers.domain.DossierEvent.Withdrawn;
import fr.vigie.dossiers.domain.DossierStatus;
import fr.vigie.dossiers.domain.Opinion;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that writes a dossier's audit entries: after an act, the service hands the dossier
 * over, and the events its verbs recorded are drained and written, each as one entry with the
 * action name and the changed fields the audit trail has always shown. (The history rows are the
 * dossier's own: it writes them from the same events.)
 *
 * <p>A few facts of an entry are not the dossier's: whether the committee took the dossier, the
 * committee's session. The service gives them as an {@link Addendum}, appended to the entry of the
 * act. Facts the service sets on the dossier after the verb (the rendered permit, the extended
 * due date) are read from the dossier when the entry is written.
 */
@ApplicationScoped
public class DossierEventLog {
    @Inject
    AuditTrail audit;

    /** Writes the entries of the events the dossier's verbs recorded since the last time. */
    public void write(Dossier d) {
        write(d, Addendum.NONE);
    }

    /** Writes the entries of the dossier's events, the last one completed by {@code addendum}. */
    public void write(Dossier d, Addendum addendum) {
        entries(d, d.drainEvents(), addendum).forEach(audit::record);
    }

    /**
     * What the service adds to the entry of the act: a reason that replaces the event's (null: the
     * event's), and fields appended in order, each from nothing to its value.
     */
    public record Addendum(String reason, Map<String, Object> changes) {
        public static final Addendum NONE = new Addendum(null, Map.of());

        public Addendum {
            changes = new LinkedHashMap<>(changes);
        }

        /** One more field, from nothing to {@code after}. */
        public static Addendum change(String field, Object after) {
            return NONE.and(field, after);
        }

        public static Addendum because(String reason) {
            return new Addendum(reason, Map.of());
        }

        public Addendum and(String field, Object after) {
            Map<String, Object> more = new LinkedHashMap<>(changes);
            more.put(field, after);
            return new Addendum(reason, more);
        }
    }

    static List<AuditRecord> entries(Dossier d, List<DossierEvent> events, Addendum addendum) {
        List<AuditRecord> entries = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            AuditRecord.Builder entry = entry(d, events.get(i));
            if (i == events.size() - 1) {
                if (addendum.reason() != null) {
                    entry.because(addendum.reason());
                }
                addendum.changes().forEach((field, after) -> entry.changed(field, null, after));
            }
            entries.add(entry.build());
        }
        return entries;
    }

    // The action names and fields are those the audit trail showed before the events existed: keep them.
    private static AuditRecord.Builder entry(Dossier d, DossierEvent e) {
        if (e instanceof Created c) {
            return of("DOSSIER_CREATED", d, null).changed("procedure", null, c.procedure());
        }
        if (e instanceof DossierEvent.DraftSaved) {
            return of("DOSSIER_DRAFT_SAVED", d, null);
        }
        if (e instanceof Submitted s) {
            return of("DOSSIER_SUBMITTED", d, null).changed("status", s.before(), DossierStatus.SUBMITTED);
        }
        if (e instanceof Attached a) {
            return of("DOSSIER_DOCUMENT_ATTACHED", d, null).changed("document", null, a.document());
        }
        if (e instanceof DeclaredIncomplete i) {
            return of("DOSSIER_DECLARED_INCOMPLETE", d, i.missing())
                    .changed("status", DossierStatus.SUBMITTED, DossierStatus.INCOMPLETE);
        }
        if (e instanceof DeclaredComplete c) {
            return of("DOSSIER_DECLARED_COMPLETE", d, null).changed("status", DossierStatus.SUBMITTED, c.after());
        }
        if (e instanceof OpinionRecorded o) {
            return o.opinion() == Opinion.TACIT_FAVOURABLE
                    ? of("DOSSIER_TACIT_OPINION", d, TacitOutcomes.TACIT_OPINION_REASON)
                            .changed("status", o.before(), o.after())
                            .changed("opinion", null, o.opinion())
                    : of("DOSSIER_OPINION_RECORDED", d, o.text()).changed("opinion", null, o.opinion());
        }
        if (e instanceof FeeEstimated f) {
            return of("DOSSIER_FEE_ESTIMATED", d, null).changed("fee", f.before(), f.after());
        }
        if (e instanceof DossierEvent.FeeAccepted) {
            return of("DOSSIER_FEE_ACCEPTED", d, null).changed("feeAccepted", null, true);
        }
        if (e instanceof Withdrawn w) {
            return of("DOSSIER_WITHDRAWN", d, w.reason()).changed("status", w.before(), DossierStatus.WITHDRAWN);
        }
        if (e instanceof Lapsed l) {
            return of("DOSSIER_LAPSED", d, TacitOutcomes.LAPSE_REASON)
                    .changed("status", DossierStatus.INCOMPLETE, DossierStatus.WITHDRAWN)
                    .changed("closedOn", null, l.periodEnd());
        }
        if (e instanceof DecisionExtended x) {
            // the due date after the extension is the clock's, set by the service after the verb
            return of("DOSSIER_DECISION_EXTENDED", d, x.reason()).changed("decisionDue", x.dueBefore(), d.stageDueOn());
        }
        if (e instanceof Granted g) {
            return of("DOSSIER_GRANTED", d, g.conditions())
                    .changed("status", DossierStatus.DECISION_PENDING, g.after())
                    .changed("decision", null, d.decision().outcome())
                    .changed("permitExpiresOn", null, g.expiresOn())
                    .changed("permit", null, d.permit().document());
        }
        if (e instanceof Refused r) {
            return of("DOSSIER_REFUSED", d, r.reasons())
                    .changed("status", r.before(), DossierStatus.REFUSED)
                    .changed("decision", null, fr.vigie.dossiers.domain.Decision.REFUSED);
        }
        if (e instanceof TacitAuthorisation t) {
            return of("DOSSIER_TACIT_AUTHORISATION", d, t.reasons())
                    .changed("status", DossierStatus.DECISION_PENDING, t.after())
                    .changed("decision", null, fr.vigie.dossiers.domain.Decision.TACIT_AUTHORISATION)
                    .changed("permitExpiresOn", null, t.expiresOn());
        }
        if (e instanceof DecisionPublished p) {
            return of("DOSSIER_DECISION_PUBLISHED", d, null).changed("decisionPublishedOn", null, p.on());
        }
        if (e instanceof DataDelivered dd) {
            return of("DOSSIER_DATA_DELIVERED", d, null).changed("deliveredOn", null, dd.on());
        }
        if (e instanceof DataAvailable a) {
            return of("DOSSIER_DATA_AVAILABLE", d, null)
                    .changed("status", a.before(), DossierStatus.DATA_AVAILABLE)
                    .changed("availableOn", null, a.on());
        }
        if (e instanceof PermitAmended p) {
            // the permit rendered again is stored by the service after the verb
            return of("DOSSIER_PERMIT_AMENDED", d, p.reason())
                    .changed("conditions", p.before(), p.after())
                    .changed("permit", null, d.permit().document());
        }
        if (e instanceof PermitExtended p) {
            return of("DOSSIER_PERMIT_EXTENDED", d, p.reason())
                    .changed("permitExpiresOn", p.before(), p.after())
                    .changed("permit", null, d.permit().document());
        }
        if (e instanceof PermitExpired p) {
            return of("DOSSIER_PERMIT_EXPIRED", d, null)
                    .changed("status", p.before(), DossierStatus.PERMIT_EXPIRED)
                    .changed("expiredOn", null, p.expiredOn());
        }
        if (e instanceof DossierEvent.DataDeleted) {
            return of("DOSSIER_CLOSED", d, null).changed("status", DossierStatus.PERMIT_EXPIRED, DossierStatus.CLOSED);
        }
        if (e instanceof InstructorAssigned a) {
            return of("DOSSIER_INSTRUCTOR_ASSIGNED", d, a.reason()).changed("instructor", a.before(), a.after());
        }
        throw new IllegalArgumentException("No audit entry for " + e.getClass().getSimpleName());
    }

    private static AuditRecord.Builder of(String action, Dossier d, String reason) {
        return DossierAudit.of(action, d, reason);
    }
}
