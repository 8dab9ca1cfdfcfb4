package fr.vigie.committee.web;

import fr.vigie.committee.application.CommitteeQueries;
import fr.vigie.committee.application.Roster;
import fr.vigie.committee.application.Views;
import fr.vigie.platform.api.Reason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The member's declarations of interest: the list and a new declaration (which recuses at once where it applies). */
@Named("committeeInterests")
@ViewScoped
public class InterestsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CommitteeQueries queries;

    @Inject
    transient Roster roster;

    private Views.MemberView me;
    private String organisationName;
    private String siren;
    private String nature;
    private Views.InterestView ending;
    private String endReason;

    public Views.MemberView getMe() {
        if (me == null) {
            me = queries.me();
        }
        return me;
    }

    public void declare() {
        if (Pages.ACTS.run("declareForm", () -> roster.declareInterest(organisationName, siren, nature), () -> {})) {
            organisationName = null;
            siren = null;
            nature = null;
            me = null;
        }
    }

    /** Opens the end dialog on one of the member's current declarations. */
    public void prepareEnd(Views.InterestView interest) {
        ending = interest;
        endReason = null;
    }

    public void end() {
        if (ending != null
                && Pages.ACTS.run("endForm", () -> roster.endInterest(ending.id(), Reason.of(endReason)), () -> {})) {
            ending = null;
            endReason = null;
            me = null;
        }
    }

    public Views.InterestView getEnding() {
        return ending;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }
}
