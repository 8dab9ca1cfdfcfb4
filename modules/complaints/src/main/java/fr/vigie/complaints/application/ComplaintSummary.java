package fr.vigie.complaints.application;

import java.time.LocalDate;

/**
 * One row of the work list. No complainant identity: the list can be exported.
 *
 * @param priority    the decided priority, or the proposed one (then {@code priorityDecided} is false)
 * @param informState the status of the GDPR Art. 78(2) clock (RUNNING, AT_RISK, BREACHED, MET...)
 * @param informDue   its due date
 */
public record ComplaintSummary(
        String reference,
        long version,
        LocalDate receivedOn,
        String status,
        String organisationName,
        String organisationIdentifier,
        String categories,
        String priority,
        boolean priorityDecided,
        String assignee,
        String campaign,
        String informState,
        LocalDate informDue) {}
