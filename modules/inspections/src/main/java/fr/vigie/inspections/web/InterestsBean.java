package fr.vigie.inspections.web;

import fr.vigie.inspections.application.DeclaredInterest;
import fr.vigie.inspections.application.Interests;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The declarations of interest: an inspector declares their own; the head may record one for an inspector. */
@Named("interests")
@ViewScoped
public class InterestsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Interests interests;

    @Inject
    transient CurrentUser currentUser;

    private String inspector;
    private String organisationName;
    private String organisationNumber;
    private String statement;

    public void declare() {
        try {
            interests.declare(
                    isHead() ? inspector : currentUser.username(), organisationName, organisationNumber, statement);
            inspector = null;
            organisationName = null;
            organisationNumber = null;
            statement = null;
            Pages.MESSAGES.info("interests.saved");
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "interestForm");
        }
    }

    public List<DeclaredInterest> getAll() {
        return interests.all();
    }

    public boolean isHead() {
        return currentUser.hasRole(Role.HEAD_OF_INSPECTIONS);
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
