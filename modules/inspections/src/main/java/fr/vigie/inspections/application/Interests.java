package fr.vigie.inspections.application;

import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.inspections.domain.InspectionException;
import fr.vigie.inspections.domain.InterestDeclaration;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.Roles;
import fr.vigie.platform.api.Stamps;
import fr.vigie.platform.api.audit.AuditRecord;
import fr.vigie.platform.api.audit.AuditTrail;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationEnrolment;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Inspectors' declarations of interest. An inspector declares their own; the head of inspections
 * records one for an inspector (e.g. learnt at the team's meeting). Both read the whole list, which
 * is what the preparation of a team is checked against.
 */
@Stateless
@RolesAllowed({Roles.INSPECTOR, Roles.HEAD_OF_INSPECTIONS})
public class Interests {
    @Inject
    OrganisationEnrolment directory;

    @Inject
    ReferenceStore store;

    @Inject
    CurrentUser currentUser;

    @Inject
    Stamps stamps;

    @Inject
    AuditTrail audit;

    @Inject
    OrganisationDirectory organisations;

    /** Every declaration, naming each organisation from the directory when linked (ADR 7 step 1). */
    public List<DeclaredInterest> all() {
        return DeclaredInterest.of(organisations, store.declarations());
    }

    public void declare(String inspector, String organisationName, String organisationNumber, String statement) {
        String who = inspector == null || inspector.isBlank() ? currentUser.username() : inspector.strip();
        if (!who.equals(currentUser.username()) && !currentUser.hasRole(Role.HEAD_OF_INSPECTIONS)) {
            throw InspectionException.onField("inspector", "interest.othersForbidden");
        }
        InterestDeclaration declaration =
                new InterestDeclaration(who, organisationName, organisationNumber, statement, stamps.now());
        directory
                .enrol(InspectionsModule.NAME, declaration.organisationNumber(), declaration.organisationName(), null)
                .ifPresent(declaration::referToDirectory);
        store.add(declaration);
        store.flush();
        audit.record(AuditRecord.of(InspectionsModule.NAME, "INSPECTION_INTEREST_DECLARED")
                .changed(
                        "interest",
                        null,
                        who + " / " + declaration.organisationName()
                                + (declaration.organisationNumber() == null
                                        ? ""
                                        : " " + declaration.organisationNumber()))
                .because(declaration.statement())
                .build());
    }
}
