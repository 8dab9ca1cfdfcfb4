package fr.vigie.platform.clock.web;

import fr.vigie.platform.web.FacesMessages;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.clock.LegalClocks;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.clock.application.PolicyAdministration;
import fr.vigie.platform.clock.application.PolicyView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The page of one case's clocks ({@code /clocks/case.xhtml?caseRef=module:reference}): the
 * timeline component, and a form to start a clock for the people allowed to. Business modules
 * show the same component on their own case pages; this page is where notifications point and
 * where the component can be tried on any case reference.
 */
@Named
@ViewScoped
public class CaseClocksBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LegalClocks clocks;
    @Inject
    PolicyAdministration policyAdministration;
    @Inject
    ClockTimelineBean timeline;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    private transient List<PolicyView> policies;
    private String caseRef;
    private String policyCode;
    private LocalDate startEvent;
    private String owner;

    /** The case reference from the URL, if it is a valid one. */
    public String getValidCaseRef() {
        try {
            return caseRef == null || caseRef.isBlank() ? null : CaseRef.parse(caseRef.strip()).toString();
        } catch (DomainException invalid) {
            return null;
        }
    }

    public List<PolicyView> getPolicies() {
        if (policies == null) {
            policies = policyAdministration.catalogue();
        }
        return policies;
    }

    public void start() {
        try {
            if (getValidCaseRef() == null) {
                CaseRef.parse(caseRef);
            }
            clocks.start(CaseRef.parse(caseRef.strip()), policyCode, startEvent,
                    owner == null || owner.isBlank() ? currentUser.username() : owner.strip());
            timeline.forget();
            FacesMessages.infoText(ClockTexts.format(ClockTexts.locale(), "case.started", caseRef.strip()));
        } catch (DomainException refused) {
            FacesMessages.errorUnder(refused, FacesMessages.component("startForm"));
        }
    }

    public void prepareDefaults() {
        if (startEvent == null) {
            startEvent = LocalDate.now(clock);
        }
    }

    public String getCaseRef() {
        return caseRef;
    }

    public void setCaseRef(String caseRef) {
        this.caseRef = caseRef;
    }

    public String getPolicyCode() {
        return policyCode;
    }

    public void setPolicyCode(String policyCode) {
        this.policyCode = policyCode;
    }

    public LocalDate getStartEvent() {
        return startEvent;
    }

    public void setStartEvent(LocalDate startEvent) {
        this.startEvent = startEvent;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
