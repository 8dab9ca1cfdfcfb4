package fr.vigie.platform.api.organisation;

import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Page;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation directory as other modules use it: they keep an organisation's {@code id} and
 * read the rest here. Readable by any member of staff.
 */
public interface OrganisationDirectory {
    Optional<OrganisationSummary> find(long id);

    /**
     * The organisations of a page of cases in one query (a list never asks once per row): each id the
     * directory knows, keyed by it; ids it does not know (or null) are simply absent. See
     * {@link CaseOrganisations#resolve}.
     */
    Map<Long, OrganisationSummary> findAll(Collection<Long> ids);

    Optional<OrganisationSummary> findBySiren(Siren siren);

    /** Filtered, ordered (names starting with the fragment first, then by name) and paged by the database. */
    Page<OrganisationSummary> search(OrganisationQuery query, int offset, int limit);

    /**
     * The worldwide annual turnover of the undertaking (the top of the organisation's group) for a
     * financial year, as the fine caps of GDPR Art. 83 need it; empty when not recorded.
     */
    Optional<Money> undertakingTurnover(long organisationId, int financialYear);
}
