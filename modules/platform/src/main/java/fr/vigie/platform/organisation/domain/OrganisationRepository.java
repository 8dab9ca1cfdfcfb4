package fr.vigie.platform.organisation.domain;

import java.util.Optional;

/** Where organisations are kept. */
public interface OrganisationRepository {
    Optional<Organisation> find(long id);

    Optional<Organisation> findBySiren(String siren);

    void add(Organisation organisation);

    /** Writes pending changes now; a concurrent change surfaces as a ConflictException. */
    void flush();
}
