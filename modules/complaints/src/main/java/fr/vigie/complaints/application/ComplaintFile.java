package fr.vigie.complaints.application;

import fr.vigie.complaints.domain.ComplaintAct;
import fr.vigie.complaints.domain.ComplaintStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything shown on a complaint's file (and returned by {@code GET /api/complaints/{reference}}).
 * Staff see the complainant; nothing here is ever sent to the organisation.
 *
 * @param acts the names of the {@link ComplaintAct}s the reader may do now ({@link PermittedActs}):
 *     the page shows these buttons and no other
 */
public record ComplaintFile(
        String reference,
        long version,
        String status,
        String channel,
        LocalDate receivedOn,
        Person complainant,
        Organisation organisation,
        String facts,
        List<String> categories,
        int peopleAffected,
        Qualification qualification,
        String assignee,
        String outcome,
        LocalDate closedOn,
        LocalDate acknowledgedOn,
        LocalDate lastInformedOn,
        String campaign,
        Priority priority,
        List<Event> timeline,
        List<Letter> letters,
        List<Request> requests,
        List<String> acts) {

    public record Person(String name, String email, String postalAddress) {}

    /**
     * The organisation complained about: name and SIREN read from the directory when the complaint
     * holds its id ({@code organisationId}, ADR 7 step 1), else the complaint's own copy.
     */
    public record Organisation(String name, String country, String identifier, Long organisationId) {}

    public record Qualification(boolean admissible, boolean competent, boolean crossBorder, String leadAuthority) {}

    /** The proposal with its reasons, and what a person decided. */
    public record Priority(
            int proposedScore,
            String proposed,
            List<Reason> reasons,
            String decided,
            String decidedBy,
            String overrideReason) {}

    public record Reason(String rule, int points) {}

    public record Event(String type, Instant occurredAt, String actor, String reason, String detail) {}

    public record Letter(
            String type, String recipient, LocalDate sentOn, String sentBy, UUID document, String summary) {}

    public record Request(long id, String questions, LocalDate sentOn, LocalDate answeredOn, String answerSummary) {}

    public boolean isOpen() {
        return ComplaintStatus.valueOf(status).isOpen();
    }
}
