package fr.vigie.platform.organisation.application;

import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.organisation.OrganisationEnrolment;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.api.security.SystemTasks;
import fr.vigie.platform.organisation.domain.Contact;
import fr.vigie.platform.organisation.domain.Organisation;
import fr.vigie.platform.organisation.domain.OrganisationIdentity;
import fr.vigie.platform.organisation.domain.OrganisationRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds an organisation named in a case by its SIREN, or registers it (ADR 7). Runs in the
 * caller's transaction, so a case and the organisation it registered are committed together.
 *
 * <p>{@code @PermitAll}, checked in code: system tasks hold no role (ADR 5) and the backfill must
 * register organisations; people need a staff role. Two enrolments of the same absent SIREN are
 * serialised by a transaction-scoped advisory lock on the SIREN, so the second one finds what the
 * first registered instead of failing on the unique SIREN.
 */
@Stateless
@PermitAll
public class DirectoryEnrolment implements OrganisationEnrolment {
    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Stamps stamps;

    @Inject
    CurrentUser currentUser;

    @Inject
    SystemTasks systemTasks;

    @Override
    public OptionalLong enrol(String module, String number, String name, String country) {
        if (!systemTasks.active()
                && !(currentUser.isAuthenticated() && !currentUser.roles().isEmpty())) {
            throw new EJBAccessException("Only staff and system tasks enrol organisations");
        }
        Optional<String> siren = EnrolmentIdentity.sirenOf(number);
        if (siren.isEmpty()) {
            return enrolForeign(module, number, name, country);
        }
        Optional<Organisation> known = organisations.findBySiren(siren.get());
        if (known.isPresent()) {
            return OptionalLong.of(known.get().id());
        }
        organisations.lockForRegistration(siren.get());
        known = organisations.findBySiren(siren.get());
        if (known.isPresent()) {
            return OptionalLong.of(known.get().id());
        }
        Optional<OrganisationIdentity> identity = EnrolmentIdentity.of(number, name, country);
        if (identity.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(register(module, identity.get()));
    }

    /**
     * A foreign organisation without a French number is found by its exact name (letter case aside) in
     * its country, or registered: a case about "Example Ltd" in Ireland names the same directory entry
     * as the previous one. Namesakes in one country are rare among the organisations an authority deals
     * with, and a person corrects a wrong match in the directory; a French organisation is never matched
     * by name (its SIREN is required).
     */
    private OptionalLong enrolForeign(String module, String number, String name, String country) {
        if ((number != null && !number.isBlank()) || name == null || name.isBlank()) {
            return OptionalLong.empty();
        }
        Optional<OrganisationIdentity> identity = EnrolmentIdentity.foreign(name, country);
        if (identity.isEmpty()) {
            return OptionalLong.empty();
        }
        OrganisationIdentity foreign = identity.get();
        Optional<Organisation> known = organisations.findForeign(foreign.country(), foreign.name());
        if (known.isPresent()) {
            return OptionalLong.of(known.get().id());
        }
        organisations.lockForForeignRegistration(foreign.country(), foreign.name());
        known = organisations.findForeign(foreign.country(), foreign.name());
        if (known.isPresent()) {
            return OptionalLong.of(known.get().id());
        }
        return OptionalLong.of(register(module, foreign));
    }

    private long register(String module, OrganisationIdentity registered) {
        Organisation organisation = Organisation.register(registered, Contact.none(), stamps.now());
        organisations.add(organisation);
        organisations.flush();
        audit.record(AuditRecord.of(OrganisationRegistry.MODULE, "ORGANISATION_REGISTERED")
                .onCase(OrganisationRegistry.caseRef(organisation))
                .because("Cité dans un dossier du module " + module + ", absent du répertoire")
                .changed("siren", null, registered.siren())
                .changed("name", null, registered.name())
                .changed("country", null, registered.country())
                .build());
        return organisation.id();
    }
}
