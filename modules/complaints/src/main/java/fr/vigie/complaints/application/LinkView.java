package fr.vigie.complaints.application;

/** A link of a complaint to another, seen from the complaint. */
public record LinkView(
        long id,
        long version,
        String otherReference,
        String otherOrganisation,
        String otherStatus,
        String kind,
        Double similarity,
        String status,
        String decidedBy,
        String reason) {}
