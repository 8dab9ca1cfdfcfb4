package fr.vigie.committee.domain;

import fr.vigie.platform.api.CaseRef;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a verb of {@link CommitteeSession} did, recorded by the verb and written to the audit trail by
 * the application's one event log: on the session's case, and for the agenda's dossiers on theirs.
 */
public sealed interface SessionEvent {
    /** The session's public reference, e.g. {@code SC-2026-0007}. */
    SessionRef session();

    record Planned(SessionRef session, LocalDate date, String title) implements SessionEvent {}

    record Rescheduled(SessionRef session, LocalDate before, LocalDate after, String reason) implements SessionEvent {}

    /**
     * The agenda set or reordered.
     *
     * @param before the dossiers' references in the former order
     * @param after  the dossiers' references in the new order
     * @param left   the dossiers taken off the agenda (back to those ready for review)
     * @param joined the dossiers placed on it
     * @param reason null when the act needs none (before the members are convened)
     */
    record AgendaSet(
            SessionRef session,
            List<String> before,
            List<String> after,
            List<CaseRef> left,
            List<CaseRef> joined,
            String reason)
            implements SessionEvent {
        public AgendaSet {
            before = List.copyOf(before);
            after = List.copyOf(after);
            left = List.copyOf(left);
            joined = List.copyOf(joined);
        }
    }

    record Convened(SessionRef session, SessionStatus before, SessionStatus after, int agendaSize)
            implements SessionEvent {}

    /** The session opened with its attendance, or the attendance corrected ({@code before} is then IN_PROGRESS); attendees in alphabetical order. */
    record Opened(
            SessionRef session,
            SessionStatus before,
            SessionStatus after,
            List<String> attendeesBefore,
            List<String> attendeesAfter)
            implements SessionEvent {
        public Opened {
            attendeesBefore = List.copyOf(attendeesBefore);
            attendeesAfter = List.copyOf(attendeesAfter);
        }

        public boolean correction() {
            return before == SessionStatus.IN_PROGRESS;
        }
    }

    /** A dossier examined but not decided went back to those ready for review; audited on the dossier's case. */
    record ReviewPostponed(SessionRef session, CaseRef dossier, ReviewStage stageAfter, String reason)
            implements SessionEvent {}

    record Closed(SessionRef session, SessionStatus before, SessionStatus after, UUID minutes)
            implements SessionEvent {}
}
