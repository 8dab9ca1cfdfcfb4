package fr.vigie.platform.testing;

import fr.vigie.platform.api.Money;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationQuery;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.api.organisation.Siren;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A directory of one organisation whose name was corrected after cases copied it: id 7, SIREN
 * 732829320, "Nouveau nom". Counts the page reads and the single reads, so that a module's test sees
 * one query per page. Shared with the modules' unit tests through the platform's test jar.
 */
public final class CorrectedDirectory implements OrganisationDirectory {
    public static final OrganisationSummary CORRECTED =
            new OrganisationSummary(7, "732829320", null, "Nouveau nom", false, null, null, "FR", true, null, 2);

    public int pageReads;
    public int singleReads;

    @Override
    public Map<Long, OrganisationSummary> findAll(Collection<Long> ids) {
        pageReads++;
        Map<Long, OrganisationSummary> found = new HashMap<>();
        if (ids.contains(7L)) {
            found.put(7L, CORRECTED);
        }
        return found;
    }

    @Override
    public Optional<OrganisationSummary> find(long id) {
        singleReads++;
        return id == 7L ? Optional.of(CORRECTED) : Optional.empty();
    }

    @Override
    public Optional<OrganisationSummary> findBySiren(Siren siren) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<OrganisationSummary> search(OrganisationQuery query, int offset, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Money> undertakingTurnover(long organisationId, int financialYear) {
        throw new UnsupportedOperationException();
    }
}
