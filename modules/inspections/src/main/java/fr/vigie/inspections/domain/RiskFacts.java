package fr.vigie.inspections.domain;

/**
 * What the authority already knows of an organisation, as the risk score reads it.
 *
 * @param siren              the legal unit
 * @param name               its name as last recorded
 * @param complaints         complaints against it lodged in the look-back window (24 months by default)
 * @param art78Breached      of those, how many let the GDPR Art. 78(2) information period pass
 * @param breachNotifications data breaches it notified (inspections opened from a notification)
 * @param sensitiveData      special categories of data recorded on one of its inspections or notifications
 * @param minors             minors concerned, likewise
 * @param seriousFindings    serious findings of its earlier inspections
 * @param followUps          earlier inspections closed with a formal notice proposed or a referral to sanctions
 * @param sanctions          sanction procedures decided against it (the sanctions module's published view)
 * @param openInspections    its inspections not closed yet (shown, not scored: the head sees it is already planned)
 */
public record RiskFacts(
        String siren,
        String name,
        long complaints,
        long art78Breached,
        long breachNotifications,
        boolean sensitiveData,
        boolean minors,
        long seriousFindings,
        long followUps,
        long sanctions,
        long openInspections) {}
