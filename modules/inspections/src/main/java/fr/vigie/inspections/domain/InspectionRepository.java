package fr.vigie.inspections.domain;

import java.util.List;
import java.util.Optional;

/** Where inspections are kept (implemented with JPA in {@code persistence}). */
public interface InspectionRepository {
    Optional<Inspection> find(InspectionReference reference);

    /** The next number of the year's sequence of references. */
    InspectionReference nextReference(int year);

    void add(Inspection inspection);

    /** Writes pending changes now, so that a concurrent change surfaces as a conflict inside the use case. */
    void flush();

    /** The inspections opened from a case of another module (e.g. a complaint). */
    List<Inspection> fromOrigin(String caseRef);

    /**
     * Usernames of the inspectors who declared an interest in the organisation ({@link
     * InterestDeclaration#concerns}).
     *
     * @param organisationId the inspection's directory id, null when not linked
     */
    java.util.Set<String> inspectorsWithInterestIn(Long organisationId, Organisation organisation);
}
