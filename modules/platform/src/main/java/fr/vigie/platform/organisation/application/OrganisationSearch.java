package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.organisation.OrganisationQuery;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import java.util.Collection;
import java.util.List;

/** The directory's search, done by the database (implemented in persistence). */
public interface OrganisationSearch {
    Page<OrganisationSummary> search(OrganisationQuery query, int offset, int limit);

    /** The organisations with these ids, in one statement; unknown ids are absent. Never called empty. */
    List<OrganisationSummary> byIds(Collection<Long> ids);
}
