package fr.vigie.inspections.domain;

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
        String subject) {}
