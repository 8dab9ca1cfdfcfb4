package fr.vigie.dossiers.domain;

import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Stamp;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a verb of a {@link Dossier} did, recorded by the verb itself: one record per verb, holding
 * what changed. The dossier writes its readable history row from it ({@link #type()},
 * {@link #reason()}, {@link #detail()}); the application's event log drains the events after the act
 * and writes the audit entries from them. Nothing else builds either.
 */
public sealed interface DossierEvent {
    /** Who acted, and when. */
    Stamp stamp();

    /** The kind of history row the event is shown as. */
    EventType type();

    /** The reason kept on the history row, if any. */
    default String reason() {
        return null;
    }

    /** The detail kept on the history row, if any. */
    default String detail() {
        return null;
    }

    record Created(Stamp stamp, Procedure procedure) implements DossierEvent {
        public EventType type() {
            return EventType.CREATED;
        }

        public String detail() {
            return procedure.name();
        }
    }

    record DraftSaved(Stamp stamp) implements DossierEvent {
        public EventType type() {
            return EventType.DRAFT_SAVED;
        }
    }

    /** A submission, or ({@code again}) the resubmission of an incomplete application. */
    record Submitted(Stamp stamp, DossierStatus before, boolean again) implements DossierEvent {
        public EventType type() {
            return again ? EventType.RESUBMITTED : EventType.SUBMITTED;
        }
    }

    record Attached(Stamp stamp, UUID document, String filename) implements DossierEvent {
        public EventType type() {
            return EventType.ATTACHED;
        }

        public String detail() {
            return filename;
        }
    }

    /** @param missing what is missing, as the instructor typed it */
    record DeclaredIncomplete(Stamp stamp, String missing) implements DossierEvent {
        public EventType type() {
            return EventType.DECLARED_INCOMPLETE;
        }

        public String reason() {
            return missing.strip();
        }
    }

    record DeclaredComplete(Stamp stamp, DossierStatus after, boolean accelerated) implements DossierEvent {
        public EventType type() {
            return EventType.DECLARED_COMPLETE;
        }

        public String detail() {
            return accelerated ? "Art. 68(6)" : null;
        }
    }

    /** The committee's opinion, given or (tacit favourable) deemed given; {@code text} is kept as its reason. */
    record OpinionRecorded(Stamp stamp, Opinion opinion, String text, DossierStatus before, DossierStatus after)
            implements DossierEvent {
        public EventType type() {
            return opinion == Opinion.TACIT_FAVOURABLE ? EventType.TACIT_OPINION : EventType.OPINION_RECORDED;
        }

        public String reason() {
            return text;
        }

        public String detail() {
            return opinion.name();
        }
    }

    record FeeEstimated(Stamp stamp, Money before, Money after) implements DossierEvent {
        public EventType type() {
            return EventType.FEE_ESTIMATED;
        }

        public String detail() {
            return after.toString();
        }
    }

    record FeeAccepted(Stamp stamp, Money estimate) implements DossierEvent {
        public EventType type() {
            return EventType.FEE_ACCEPTED;
        }

        public String detail() {
            return estimate.toString();
        }
    }

    record Withdrawn(Stamp stamp, DossierStatus before, String reason) implements DossierEvent {
        public EventType type() {
            return EventType.WITHDRAWN;
        }
    }

    /** The incomplete application deemed withdrawn at the end of its period (EHDS Art. 67). */
    record Lapsed(Stamp stamp, LocalDate periodEnd) implements DossierEvent {
        public EventType type() {
            return EventType.LAPSED;
        }

        public String detail() {
            return periodEnd.toString();
        }
    }

    /** @param dueBefore the due date of the current stage before the extension */
    record DecisionExtended(Stamp stamp, String reason, LocalDate dueBefore) implements DossierEvent {
        public EventType type() {
            return EventType.DECISION_EXTENDED;
        }
    }

    /** @param conditions the conditions as the instructor typed them (the permit keeps them stripped) */
    record Granted(Stamp stamp, DossierStatus after, LocalDate expiresOn, String conditions) implements DossierEvent {
        public EventType type() {
            return EventType.GRANTED;
        }

        public String detail() {
            return "→ " + expiresOn;
        }
    }

    record Refused(Stamp stamp, DossierStatus before, String reasons) implements DossierEvent {
        public EventType type() {
            return EventType.REFUSED;
        }

        public String reason() {
            return reasons;
        }
    }

    /** The authority's silence: the authorisation deemed given (loi 78-17 art. 66). */
    record TacitAuthorisation(Stamp stamp, DossierStatus after, String reasons, LocalDate expiresOn)
            implements DossierEvent {
        public EventType type() {
            return EventType.TACIT_AUTHORISATION;
        }

        public String reason() {
            return reasons;
        }

        public String detail() {
            return "→ " + expiresOn;
        }
    }

    record DecisionPublished(Stamp stamp, LocalDate on) implements DossierEvent {
        public EventType type() {
            return EventType.DECISION_PUBLISHED;
        }
    }

    record DataDelivered(Stamp stamp, LocalDate on) implements DossierEvent {
        public EventType type() {
            return EventType.DATA_DELIVERED;
        }

        public String detail() {
            return on.toString();
        }
    }

    record DataAvailable(Stamp stamp, DossierStatus before, LocalDate on) implements DossierEvent {
        public EventType type() {
            return EventType.DATA_AVAILABLE;
        }

        public String detail() {
            return on.toString();
        }
    }

    record PermitAmended(Stamp stamp, String before, String after, String reason) implements DossierEvent {
        public EventType type() {
            return EventType.PERMIT_AMENDED;
        }

        public String detail() {
            return before == null ? null : "← " + before;
        }
    }

    record PermitExtended(Stamp stamp, LocalDate before, LocalDate after, String reason) implements DossierEvent {
        public EventType type() {
            return EventType.PERMIT_EXTENDED;
        }

        public String detail() {
            return before + " → " + after;
        }
    }

    record PermitExpired(Stamp stamp, DossierStatus before, LocalDate expiredOn) implements DossierEvent {
        public EventType type() {
            return EventType.PERMIT_EXPIRED;
        }

        public String detail() {
            return expiredOn.toString();
        }
    }

    /** The user confirmed the deletion of the data: the dossier is closed. */
    record DataDeleted(Stamp stamp) implements DossierEvent {
        public EventType type() {
            return EventType.DATA_DELETED;
        }
    }

    record InstructorAssigned(Stamp stamp, String before, String after, String reason) implements DossierEvent {
        public EventType type() {
            return EventType.INSTRUCTOR_ASSIGNED;
        }

        public String detail() {
            return before + " → " + after;
        }
    }
}
