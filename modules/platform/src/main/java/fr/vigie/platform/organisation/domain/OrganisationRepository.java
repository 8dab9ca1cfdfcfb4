package fr.vigie.platform.organisation.domain;

import java.util.Optional;

/** Where organisations are kept. */
public interface OrganisationRepository {
    Optional<Organisation> find(long id);

    Optional<Organisation> findBySiren(String siren);

    void add(Organisation organisation);

    /**
     * Holds, until the transaction ends, the right to register {@code siren}: a concurrent
     * registration of the same SIREN waits, then finds the first one.
     */
    void lockForRegistration(String siren);

    /** Writes pending changes now; a concurrent change surfaces as a ConflictException. */
    void flush();
}
