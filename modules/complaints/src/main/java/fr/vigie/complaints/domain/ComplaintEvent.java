package fr.vigie.complaints.domain;

import fr.vigie.platform.api.Stamp;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a verb of {@link Complaint} changed, recorded by the verb itself: the one place of the
 * application that writes the audit trail reads these, so a verb and its audit entry cannot drift
 * apart. Each event holds the values before and after, the reason given, and the {@link Stamp} of the
 * act.
 */
public sealed interface ComplaintEvent {
    Stamp stamp();

    /** The acknowledgement of receipt was sent (letter: its document, null when none was stored). */
    record Acknowledged(ComplaintStatus before, ComplaintStatus after, UUID letter, Stamp stamp)
            implements ComplaintEvent {}

    record Qualified(
            ComplaintStatus before, ComplaintStatus after, Qualification qualification, String reason, Stamp stamp)
            implements ComplaintEvent {}

    record Assigned(
            String assigneeBefore,
            String assigneeAfter,
            ComplaintStatus before,
            ComplaintStatus after,
            String reason,
            Stamp stamp)
            implements ComplaintEvent {}

    /** The handler started instructing by hand (not implied by a request: see {@link RequestSent}). */
    record InstructionStarted(ComplaintStatus before, ComplaintStatus after, Stamp stamp) implements ComplaintEvent {}

    /** A request was sent; the request's id is known once the complaint is flushed. */
    record RequestSent(
            ComplaintStatus before, ComplaintStatus after, InformationRequest request, UUID letter, Stamp stamp)
            implements ComplaintEvent {}

    record AnswerRecorded(long requestId, LocalDate answeredOn, Stamp stamp) implements ComplaintEvent {}

    record ComplainantInformed(LocalDate lastInformedBefore, LocalDate lastInformedAfter, UUID letter, Stamp stamp)
            implements ComplaintEvent {}

    /** @param proposed the proposal the person had before them */
    record PriorityDecided(PriorityLevel before, PriorityDecision decision, PriorityAssessment proposed, Stamp stamp)
            implements ComplaintEvent {}

    record Closed(
            ComplaintStatus before, ComplaintStatus after, Outcome outcome, String reason, UUID letter, Stamp stamp)
            implements ComplaintEvent {}

    record Reopened(ComplaintStatus before, ComplaintStatus after, Outcome outcomeBefore, String reason, Stamp stamp)
            implements ComplaintEvent {}

    /**
     * A link to another complaint was confirmed or rejected.
     *
     * @param campaign the complaint's campaign once the link is noted
     */
    record LinkNoted(boolean confirmed, LinkKind kind, String other, String campaign, String reason, Stamp stamp)
            implements ComplaintEvent {}

    /**
     * An act of the cross-border part (Regulation (EU) 2025/2518 Art. 4).
     *
     * @param act    the act, as on the timeline
     * @param detail what it decided (missing information, presumed lead, what was sent...)
     */
    record CrossBorderRecorded(TimelineType act, String detail, String reason, Stamp stamp) implements ComplaintEvent {}

    /**
     * The cross-border case the complaint was joined to reached a stage (or the complaint was joined to it).
     *
     * @param caseBefore  the case followed before, or null
     * @param stageBefore its stage before, or null
     */
    record CrossBorderCaseFollowed(String caseBefore, String stageBefore, FollowedCrossBorderCase followed, Stamp stamp)
            implements ComplaintEvent {}
}
