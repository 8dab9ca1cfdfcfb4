package fr.vigie.inspections.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is known when an inspection is opened.
 *
 * @param origin       why it exists
 * @param originCase   the case it comes from ({@code complaints:PL-2026-000123}), for a complaint
 * @param breach       the notified breach, for a breach notification
 * @param type         how it will be carried out
 * @param theme        code of a theme of the reference list
 * @param year         year of the programme
 * @param quarter      planned quarter, 1 to 4
 * @param organisation the organisation to inspect
 * @param subject      what is to be checked, in a sentence or two
 */
public record NewInspection(
        Origin origin,
        String originCase,
        BreachNotification breach,
        InspectionType type,
        String theme,
        int year,
        int quarter,
        Organisation organisation,
        String subject) {

    /**
     * Checks what an inspection cannot be opened without, in the order a form shows it, and
     * returns the subject trimmed. The programme's year is last year, this year or next year.
     */
    String checkedSubject(LocalDate today) {
        if (origin() == null) {
            throw InspectionException.onField("origin", "inspection.origin.required");
        }
        if (origin() == Origin.COMPLAINT
                && (originCase() == null || originCase().isBlank())) {
            throw InspectionException.onField("originCase", "inspection.originCase.required");
        }
        if (origin() == Origin.BREACH_NOTIFICATION && breach() == null) {
            throw InspectionException.onField("breachKnownOn", "breach.knownOn.required");
        }
        if (type() == null) {
            throw InspectionException.onField("type", "inspection.type.required");
        }
        if (theme() == null || theme().isBlank()) {
            throw InspectionException.onField("theme", "inspection.theme.required");
        }
        if (year() < today.getYear() - 1 || year() > today.getYear() + 1) {
            throw InspectionException.onField(
                    "year", "inspection.year.range", today.getYear() - 1, today.getYear() + 1);
        }
        if (quarter() < 1 || quarter() > 4) {
            throw InspectionException.onField("quarter", "inspection.quarter.range");
        }
        Objects.requireNonNull(organisation(), "organisation");
        String text = subject() == null ? "" : subject().strip();
        if (text.length() < 5) {
            throw InspectionException.onField("subject", "inspection.subject.tooShort", 5);
        }
        if (text.length() > Inspection.MAX_SUBJECT) {
            throw InspectionException.onField("subject", "text.tooLong", Inspection.MAX_SUBJECT);
        }
        return text;
    }
}
