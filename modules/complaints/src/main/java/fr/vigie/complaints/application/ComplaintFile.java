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
 * @param crossBorder the cross-border part (Regulation (EU) 2025/2518 Art. 4); null for a complaint not
 *     received as cross-border
 * @param crossBorderCase the cross-border case the complaint was joined to and where it stands; null while
 *     joined to none
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
        List<String> acts,
        CrossBorder crossBorder,
        CrossBorderCase crossBorderCase) {

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

    /**
     * The cross-border part as the file shows it.
     *
     * @param rules         {@code GDPR_ONLY} or {@code GDPR_AND_REGULATION_2025_2518}, by the receipt day
     * @param documentsSent what was transmitted: a {@code TransmittedDocument} name or a document named by the handler
     * @param acts          the cross-border acts allowed now ({@code CrossBorderAct} names)
     */
    public record CrossBorder(
            String route,
            String rules,
            String bodyName,
            String bodyMandate,
            boolean confidentialityClaimed,
            String statedLead,
            String receivedFrom,
            String receivedFromReference,
            String admissibility,
            LocalDate admissibilityOn,
            List<String> missingInformation,
            String inadmissibilityReasons,
            LocalDate assessedOn,
            Boolean assessedCrossBorder,
            String presumedLead,
            String assessmentReason,
            LocalDate transmittedOn,
            String transmittedTo,
            String transmittedBy,
            List<String> documentsSent,
            LocalDate ledHereOn,
            LocalDate announcedOn,
            Long inadmissibilityClock,
            Long transmissionClock,
            List<String> acts) {}

    /**
     * The cross-border case the complaint follows (Regulation (EU) 2025/2518 Art. 3(3)).
     *
     * @param reference {@code TF-2027-000001}
     * @param stage     the case's stage, a name of the crossborder module's {@code Stage}
     * @param role      {@code LEAD} or {@code CONCERNED}
     * @param stageOn   the day of the act that brought the case to its stage
     */
    public record CrossBorderCase(String reference, String stage, String role, LocalDate stageOn) {}

    public boolean isOpen() {
        return ComplaintStatus.valueOf(status).isOpen();
    }
}
