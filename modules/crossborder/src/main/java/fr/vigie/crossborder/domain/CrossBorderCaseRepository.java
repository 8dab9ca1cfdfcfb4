package fr.vigie.crossborder.domain;

import java.time.LocalDate;
import java.util.Optional;

/** The cross-border cases, as the application layer finds and stores them. */
public interface CrossBorderCaseRepository {
    Optional<CrossBorderCase> find(CrossBorderCaseId id);

    /** The next free reference of the year the case is opened. */
    CrossBorderCaseId nextId(LocalDate openedOn);

    void add(CrossBorderCase c);

    /**
     * The case not closed against the same organisation (its directory id, else its name, ignoring
     * case) with the same lead authority, the oldest first; a transmitted complaint joins it.
     */
    Optional<CrossBorderCase> openCaseAgainst(
            Long organisationDirectoryId, String organisationName, SupervisoryAuthority lead);

    /** Writes pending changes now; a concurrent change is a {@link fr.vigie.platform.api.ConflictException}. */
    void flush();
}
