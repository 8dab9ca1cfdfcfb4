package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.Complaint;
import fr.vigie.complaints.domain.ComplaintEvent;
import fr.vigie.complaints.domain.TimelineType;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The one place that writes a complaint's audit entries: from the {@link ComplaintEvent}s its verbs
 * recorded. The use cases call {@link #write} once the complaint is flushed (a request's id is known
 * then), so each act's entry says what changed, with the reason, exactly as the verb saw it.
 */
@ApplicationScoped
public class ComplaintEventLog {
    @Inject
    AuditTrail audit;

    /** Writes the audit entries of the events the complaint recorded since the last call. */
    public void write(Complaint complaint) {
        for (AuditRecord entry : entries(complaint, complaint.drainEvents())) {
            audit.record(entry);
        }
    }

    /** The audit entries of these events of this complaint, in order. */
    static List<AuditRecord> entries(Complaint c, List<ComplaintEvent> events) {
        return events.stream().map(e -> entry(c, e)).toList();
    }

    /** One {@code if} per event (Java 17 has no pattern switch); ComplaintEventLogTest covers every event type. */
    private static AuditRecord entry(Complaint c, ComplaintEvent event) {
        if (event instanceof ComplaintEvent.Acknowledged e) {
            return ComplaintAudit.of("COMPLAINT_ACKNOWLEDGED", c, null)
                    .changed("status", e.before().name(), e.after())
                    .changed("letter", null, e.letter())
                    .build();
        }
        if (event instanceof ComplaintEvent.Qualified e) {
            return ComplaintAudit.of("COMPLAINT_QUALIFIED", c, e.reason())
                    .changed("status", e.before().name(), e.after())
                    .changed("admissible", null, e.qualification().admissible())
                    .changed("competent", null, e.qualification().competent())
                    .changed("crossBorder", null, e.qualification().crossBorder())
                    .changed("leadAuthority", null, e.qualification().leadAuthority())
                    .build();
        }
        if (event instanceof ComplaintEvent.Assigned e) {
            return ComplaintAudit.of("COMPLAINT_ASSIGNED", c, e.reason())
                    .changed("assignee", e.assigneeBefore(), e.assigneeAfter())
                    .changed("status", e.before().name(), e.after())
                    .build();
        }
        if (event instanceof ComplaintEvent.InstructionStarted e) {
            return ComplaintAudit.of("COMPLAINT_INSTRUCTION_STARTED", c, null)
                    .changed("status", e.before().name(), e.after())
                    .build();
        }
        if (event instanceof ComplaintEvent.RequestSent e) {
            return ComplaintAudit.of("COMPLAINT_REQUEST_SENT", c, null)
                    .changed("status", e.before().name(), e.after())
                    .changed("request", null, e.request().id())
                    .changed("letter", null, e.letter())
                    .build();
        }
        if (event instanceof ComplaintEvent.AnswerRecorded e) {
            return ComplaintAudit.of("COMPLAINT_ANSWER_RECORDED", c, null)
                    .changed("request", null, e.requestId())
                    .changed("answeredOn", null, e.answeredOn())
                    .build();
        }
        if (event instanceof ComplaintEvent.ComplainantInformed e) {
            return ComplaintAudit.of("COMPLAINT_COMPLAINANT_INFORMED", c, null)
                    .changed("lastInformedOn", e.lastInformedBefore(), e.lastInformedAfter())
                    .changed("letter", null, e.letter())
                    .build();
        }
        if (event instanceof ComplaintEvent.PriorityDecided e) {
            return ComplaintAudit.of(
                            "COMPLAINT_PRIORITY_DECIDED", c, e.decision().overrideReason())
                    .changed("priority", e.before(), e.decision().level())
                    .changed(
                            "proposed",
                            null,
                            e.proposed().level() + " " + e.proposed().score())
                    .build();
        }
        if (event instanceof ComplaintEvent.Closed e) {
            return ComplaintAudit.of("COMPLAINT_CLOSED", c, e.reason())
                    .changed("status", e.before().name(), e.after())
                    .changed("outcome", null, e.outcome())
                    .changed("letter", null, e.letter())
                    .build();
        }
        if (event instanceof ComplaintEvent.Reopened e) {
            return ComplaintAudit.of("COMPLAINT_REOPENED", c, e.reason())
                    .changed("status", e.before().name(), e.after())
                    .changed("outcome", e.outcomeBefore(), null)
                    .build();
        }
        if (event instanceof ComplaintEvent.LinkNoted e) {
            return ComplaintAudit.of(
                            e.confirmed() ? "COMPLAINT_LINK_CONFIRMED" : "COMPLAINT_LINK_REJECTED", c, e.reason())
                    .changed("link", null, e.kind() + " " + e.other())
                    .changed("campaign", null, e.campaign())
                    .build();
        }
        if (event instanceof ComplaintEvent.CrossBorderRecorded e) {
            return ComplaintAudit.of(crossBorderAction(e.act()), c, e.reason())
                    .changed("crossBorder", null, e.detail())
                    .build();
        }
        if (event instanceof ComplaintEvent.CrossBorderCaseFollowed e) {
            // Why: the case whose act moved the stage (the system writes it on the case's act).
            return ComplaintAudit.of("COMPLAINT_XB_CASE_STAGE", c, e.followed().reference())
                    .changed("crossBorderCase", e.caseBefore(), e.followed().reference())
                    .changed("crossBorderStage", e.stageBefore(), e.followed().stage())
                    .changed("stageOn", null, e.followed().stageOn())
                    .build();
        }
        throw new IllegalArgumentException("Unknown event " + event);
    }

    /** The audit action of a cross-border act, spelt out (each has its label {@code audit.action.<ACTION>}). */
    static String crossBorderAction(TimelineType act) {
        return switch (act) {
            case XB_FOUND_ADMISSIBLE -> "COMPLAINT_XB_FOUND_ADMISSIBLE";
            case XB_DECLARED_INADMISSIBLE -> "COMPLAINT_XB_DECLARED_INADMISSIBLE";
            case XB_ASSESSED -> "COMPLAINT_XB_ASSESSED";
            case XB_TRANSMITTED -> "COMPLAINT_XB_TRANSMITTED";
            case XB_LED_HERE -> "COMPLAINT_XB_LED_HERE";
            case XB_RECEIVED_AS_LEAD -> "COMPLAINT_XB_RECEIVED_AS_LEAD";
            case XB_CASE_STAGE -> "COMPLAINT_XB_CASE_STAGE";
            default -> throw new IllegalArgumentException("Not a cross-border act: " + act);
        };
    }
}
