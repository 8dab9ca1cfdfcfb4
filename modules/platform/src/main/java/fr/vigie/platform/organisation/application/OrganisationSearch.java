package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.organisation.OrganisationQuery;
import fr.vigie.platform.api.organisation.OrganisationSummary;

/** The directory's search, done by the database (implemented in persistence). */
public interface OrganisationSearch {
    Page<OrganisationSummary> search(OrganisationQuery query, int offset, int limit);
}
