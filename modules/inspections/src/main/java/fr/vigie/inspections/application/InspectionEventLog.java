package fr.vigie.inspections.application;

import fr.vigie.inspections.api.FollowUp;
import fr.vigie.inspections.domain.Inspection;
import fr.vigie.inspections.domain.InspectionEvent;
import fr.vigie.inspections.domain.InspectionStatus;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that writes an inspection's audit trail: it drains the facts the aggregate's verbs
 * recorded ({@link InspectionEvent}) and writes one audit entry for each, with the action names and
 * changed fields the trail has always had. (The timeline rows are written by the aggregate itself
 * from the same facts.) Called after the inspection was flushed, so new findings have their ids.
 */
@ApplicationScoped
public class InspectionEventLog {
    private AuditTrail audit;

    protected InspectionEventLog() {
        // for CDI's proxy
    }

    @Inject
    InspectionEventLog(AuditTrail audit) {
        this.audit = audit;
    }

    /** Writes the audit entries of every fact {@code inspection} recorded since the last call. */
    public void write(Inspection inspection) {
        for (AuditRecord entry : entries(inspection)) {
            audit.record(entry);
        }
    }

    /** The follow-up of a closure was announced to the sanctions module. */
    public void followUpPublished(Inspection i, FollowUp followUp) {
        audit.record(InspectionAudit.of(
                        "INSPECTION_FOLLOW_UP_PUBLISHED", i, i.closure().reason())
                .changed("followUp", null, followUp)
                .changed("team", null, String.join(",", i.team()))
                .build());
    }

    /** The audit entries of the facts recorded since the last call (drains them). */
    static List<AuditRecord> entries(Inspection i) {
        List<AuditRecord> entries = new ArrayList<>();
        for (InspectionEvent event : i.drainEvents()) {
            entries.add(entry(i, event));
        }
        return entries;
    }

    static AuditRecord entry(Inspection i, InspectionEvent event) {
        if (event instanceof InspectionEvent.Opened e) {
            return InspectionAudit.of("INSPECTION_OPENED", i, null)
                    .changed("origin", null, e.originText())
                    .changed(
                            "organisation",
                            null,
                            e.organisation().name() + " "
                                    + (e.organisation().number() == null
                                            ? ""
                                            : e.organisation().number()))
                    .changed("theme", null, e.theme())
                    .changed("type", null, e.type())
                    .changed("planned", null, e.year() + "-Q" + e.quarter())
                    .build();
        }
        if (event instanceof InspectionEvent.Prepared e) {
            // "PLANNED" as the trail always wrote it, a second preparation included.
            return InspectionAudit.of("INSPECTION_PREPARED", i, null)
                    .changed("status", InspectionStatus.PLANNED, InspectionStatus.PREPARED)
                    .changed("team", String.join(",", e.teamBefore()), String.join(",", e.team()))
                    .changed("missionOrder", null, e.place() + " " + e.visitDate())
                    .build();
        }
        if (event instanceof InspectionEvent.MissionOrderSigned e) {
            return InspectionAudit.of("INSPECTION_MISSION_ORDER_SIGNED", i, null)
                    .changed("missionOrder", null, e.document().describe())
                    .build();
        }
        if (event instanceof InspectionEvent.Conducted e) {
            return InspectionAudit.of("INSPECTION_CONDUCTED", i, null)
                    .changed("status", InspectionStatus.PREPARED, InspectionStatus.CONDUCTED)
                    .changed("conductedOn", null, e.conductedOn())
                    .build();
        }
        if (event instanceof InspectionEvent.MinutesWritten e) {
            return InspectionAudit.of("INSPECTION_MINUTES_WRITTEN", i, null)
                    .changed("minutes", e.rewritten() ? "written" : null, "written")
                    .build();
        }
        if (event instanceof InspectionEvent.FindingAdded e) {
            return InspectionAudit.of(
                            e.finding().inAddendum() ? "INSPECTION_ADDENDUM_FINDING" : "INSPECTION_FINDING_ADDED",
                            i,
                            e.reason())
                    .changed(
                            "finding",
                            null,
                            e.finding().id() + " " + e.finding().article() + " " + e.severity())
                    .build();
        }
        if (event instanceof InspectionEvent.FindingRemoved e) {
            return InspectionAudit.of("INSPECTION_FINDING_REMOVED", i, null)
                    .changed("finding", e.findingId(), null)
                    .build();
        }
        if (event instanceof InspectionEvent.EvidenceAttached e) {
            return InspectionAudit.of("INSPECTION_EVIDENCE_ATTACHED", i, null)
                    .changed("document", null, e.document().describe())
                    .build();
        }
        if (event instanceof InspectionEvent.MinutesNotified e) {
            return InspectionAudit.of("INSPECTION_MINUTES_NOTIFIED", i, null)
                    .changed("status", InspectionStatus.CONDUCTED, InspectionStatus.MINUTES_NOTIFIED)
                    .changed("minutesSha256", null, e.sha256())
                    .changed("findings", null, e.findings())
                    .build();
        }
        if (event instanceof InspectionEvent.AddendumAdded e) {
            return InspectionAudit.of("INSPECTION_ADDENDUM_ADDED", i, e.reason())
                    .changed("addenda", e.addenda() - 1, e.addenda())
                    .build();
        }
        if (event instanceof InspectionEvent.ObservationsReceived e) {
            return InspectionAudit.of("INSPECTION_OBSERVATIONS_RECEIVED", i, null)
                    .changed("status", InspectionStatus.MINUTES_NOTIFIED, InspectionStatus.OBSERVATIONS_CLOSED)
                    .changed("observations", null, e.document().describe())
                    .build();
        }
        if (event instanceof InspectionEvent.ObservationsPeriodElapsed e) {
            return InspectionAudit.of("INSPECTION_OBSERVATIONS_PERIOD_ELAPSED", i, null)
                    .changed("status", InspectionStatus.MINUTES_NOTIFIED, InspectionStatus.OBSERVATIONS_CLOSED)
                    .changed("periodEnd", null, e.periodEnd())
                    .build();
        }
        if (event instanceof InspectionEvent.Closed e) {
            return InspectionAudit.of("INSPECTION_CLOSED", i, e.reason())
                    .changed("status", InspectionStatus.OBSERVATIONS_CLOSED, InspectionStatus.CLOSED)
                    .changed("outcome", null, e.outcome())
                    .build();
        }
        if (event instanceof InspectionEvent.ClosureLetterIssued e) {
            return InspectionAudit.of("INSPECTION_CLOSURE_LETTER_ISSUED", i, null)
                    .changed("closureLetter", null, e.letter().describe())
                    .build();
        }
        throw new IllegalArgumentException("No audit entry for " + event);
    }
}
