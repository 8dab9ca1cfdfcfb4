package fr.vigie.complaints.domain;

import java.util.Optional;

/**
 * The one guard of each act on a complaint, read in its current state: the complaint's verb throws
 * the refusal, {@link Complaint#availableActs()} offers the acts without one. Each refusal names its
 * message key, so docs/complaints.md can map every key to the guard that enforces it.
 */
final class ComplaintGuards {
    private final Complaint c;

    ComplaintGuards(Complaint complaint) {
        this.c = complaint;
    }

    /**
     * Why the act is refused now, whatever is typed with it; empty when the complaint allows it.
     * The one guard of each act: its verb throws this refusal, {@link Complaint#availableActs()} reads it.
     */
    Optional<ComplaintException> refusal(ComplaintAct act) {
        return switch (act) {
            case ACKNOWLEDGE -> onlyFrom(ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED);
            // CLOSED → QUALIFIED is reopening's move, not qualifying's.
            case QUALIFY -> onlyFrom(ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.QUALIFIED);
            case ASSIGN -> refusalToAssign();
            // Under instruction already, or closed (reopening's move): nothing to start.
            case START_INSTRUCTION -> onlyFrom(ComplaintStatus.ASSIGNED, ComplaintStatus.UNDER_INSTRUCTION);
            case SEND_REQUEST ->
                c.status() == ComplaintStatus.ASSIGNED || c.status() == ComplaintStatus.UNDER_INSTRUCTION
                        ? Optional.empty()
                        : Optional.of(
                                ComplaintException.refused("complaint.request.notInstructing", label(c.status())));
            case RECORD_ANSWER -> refusalToRecordAnswer();
            case INFORM_COMPLAINANT -> refusalToInform();
            // Refused with every outcome: the refusal of a decision on the merits says why.
            case CLOSE -> c.closingOutcomes().isEmpty() ? refusalToClose(Outcome.NO_BREACH) : Optional.empty();
            case REOPEN ->
                c.status() == ComplaintStatus.CLOSED
                        ? Optional.empty()
                        : Optional.of(ComplaintException.refused("complaint.reopen.notClosed", label(c.status())));
            // A person decides the priority, and links related complaints, whatever the state.
            case DECIDE_PRIORITY, LINK, SUGGEST_LINKS -> Optional.empty();
        };
    }

    /** The act is the move from {@code from} to {@code to} and nothing else. */
    private Optional<ComplaintException> onlyFrom(ComplaintStatus from, ComplaintStatus to) {
        return c.status() == from
                ? Optional.empty()
                : Optional.of(ComplaintException.refused("complaint.transition.refused", label(c.status()), label(to)));
    }

    private Optional<ComplaintException> refusalToAssign() {
        if (c.qualification() == null || !c.qualification().instructable()) {
            return Optional.of(ComplaintException.refused(
                    "complaint.assign.notInstructable", c.reference().value()));
        }
        ComplaintStatus target = assignmentTarget();
        return c.status().mayMoveTo(target)
                ? Optional.empty()
                : Optional.of(
                        ComplaintException.refused("complaint.transition.refused", label(c.status()), label(target)));
    }

    /** A reassignment during the instruction keeps it going. */
    ComplaintStatus assignmentTarget() {
        return c.status() == ComplaintStatus.UNDER_INSTRUCTION ? c.status() : ComplaintStatus.ASSIGNED;
    }

    private Optional<ComplaintException> refusalToRecordAnswer() {
        if (c.status() != ComplaintStatus.UNDER_INSTRUCTION) {
            return Optional.of(ComplaintException.refused("complaint.request.notInstructing", label(c.status())));
        }
        if (c.requests().stream().noneMatch(InformationRequest::isOpen)) {
            return Optional.of(ComplaintException.refused("complaint.answer.noneAwaited"));
        }
        return Optional.empty();
    }

    private Optional<ComplaintException> refusalToInform() {
        if (!c.status().isOpen()) {
            return Optional.of(
                    ComplaintException.refused("complaint.closed", c.reference().value()));
        }
        if (c.status() == ComplaintStatus.RECEIVED) {
            return Optional.of(ComplaintException.refused("complaint.inform.beforeAcknowledgement"));
        }
        return Optional.empty();
    }

    /**
     * A complaint that cannot be instructed here closes as inadmissible or transferred to the lead
     * authority; an outcome on the merits needs a complaint that was assigned (and so instructed).
     */
    Optional<ComplaintException> refusalToClose(Outcome result) {
        if (!c.status().mayMoveTo(ComplaintStatus.CLOSED)) {
            return Optional.of(ComplaintException.refused("complaint.close.tooEarly", label(c.status())));
        }
        if (result == Outcome.INADMISSIBLE
                && c.qualification().admissible()
                && c.qualification().competent()) {
            return Optional.of(ComplaintException.onField("outcome", "complaint.close.qualifiedAdmissible"));
        }
        if (result == Outcome.TRANSFERRED_TO_LEAD_AUTHORITY
                && !c.qualification().ledElsewhere()) {
            return Optional.of(ComplaintException.onField("outcome", "complaint.close.notLedElsewhere"));
        }
        if (result.judgesTheMerits() && c.status() == ComplaintStatus.QUALIFIED) {
            return Optional.of(ComplaintException.onField("outcome", "complaint.close.meritsNeedInstruction"));
        }
        return Optional.empty();
    }

    /** The state as its message key argument: the bundle translates {@code status.X} itself via a choice. */
    static String label(ComplaintStatus s) {
        return s.name();
    }
}
