package fr.vigie.platform.organisation.domain;

import java.util.Optional;

/** Where organisations are kept. */
public interface OrganisationRepository {
    Optional<Organisation> find(long id);

    Optional<Organisation> findBySiren(String siren);

    /**
     * A foreign organisation without SIREN registered under exactly this name (letter case aside) in
     * this country; the oldest when several are.
     */
    Optional<Organisation> findForeign(String country, String name);

    void add(Organisation organisation);

    /**
     * Holds, until the transaction ends, the right to register {@code siren}: a concurrent
     * registration of the same SIREN waits, then finds the first one.
     */
    void lockForRegistration(String siren);

    /** The same for a foreign organisation known by its country and name. */
    void lockForForeignRegistration(String country, String name);

    /** Writes pending changes now; a concurrent change surfaces as a ConflictException. */
    void flush();
}
