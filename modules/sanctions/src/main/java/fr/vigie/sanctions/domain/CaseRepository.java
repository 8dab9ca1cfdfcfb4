package fr.vigie.sanctions.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where sanction cases and interest declarations are kept. Implemented in the persistence package. */
public interface CaseRepository {
    /** A new reference, {@code SAN-2026-000001}. */
    String nextReference(int year);

    Optional<SanctionCase> find(String reference);

    void store(SanctionCase sanctionCase);

    /** The cases opened from the inspection {@code inspection} ({@code inspections:CTL-2026-0042}). */
    List<SanctionCase> fromInspection(String inspection);

    /** Published decisions whose anonymisation day has come. */
    List<SanctionCase> dueForAnonymisation(LocalDate today);

    /**
     * Members who declared an interest in the undertaking ({@link InterestDeclaration#concerns}).
     *
     * @param organisationId the case's directory id, null when not linked
     */
    java.util.Set<String> interestedIn(Long organisationId, Undertaking undertaking);

    void store(InterestDeclaration declaration);

    void flush();
}
