package fr.vigie.inspections.application;

import fr.vigie.platform.api.organisation.CaseOrganisation;
import fr.vigie.platform.api.organisation.OrganisationColumns;
import java.time.LocalDate;

/**
 * An inspection on a home-page widget: what it is and the next date that matters. The name is the
 * directory's when the inspection has an id ({@code organisationId}), resolved by {@link InspectionQueries}.
 */
public record HomeItem(String reference, String organisationName, String status, LocalDate due, Long organisationId) {

    /** How an item names its organisation (a widget shows the name only). */
    public static final OrganisationColumns<HomeItem> ORGANISATION = new OrganisationColumns<>() {
        @Override
        public Long organisationId(HomeItem row) {
            return row.organisationId();
        }

        @Override
        public String copiedName(HomeItem row) {
            return row.organisationName();
        }

        @Override
        public String copiedNumber(HomeItem row) {
            return null;
        }

        @Override
        public HomeItem withOrganisation(HomeItem r, CaseOrganisation o) {
            return new HomeItem(r.reference(), o.name(), r.status(), r.due(), r.organisationId());
        }
    };
}
