package fr.vigie.platform.clock.web;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.clock.application.PolicyAdministration;
import fr.vigie.platform.clock.application.PolicyView;
import fr.vigie.platform.clock.domain.PeriodUnit;
import fr.vigie.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;

/** The policy catalogue screen: every deadline with its source and rules; changing a period writes a new version. */
@Named
@ViewScoped
public class PolicyAdminBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PolicyAdministration administration;

    private transient List<PolicyView> policies;
    private String selectedCode;
    private int selectedVersion;
    private Integer amount;
    private String unit;
    private String reason;

    public List<PolicyView> getPolicies() {
        if (policies == null) {
            policies = administration.catalogue();
        }
        return policies;
    }

    public List<String> getUnits() {
        return Arrays.stream(PeriodUnit.values()).map(PeriodUnit::spelling).toList();
    }

    public void prepare(PolicyView policy) {
        selectedCode = policy.code();
        selectedVersion = policy.version();
        amount = policy.periodAmount();
        unit = policy.periodUnit();
        reason = null;
    }

    public void revise() {
        try {
            PolicyView revised = administration.revisePeriod(
                    selectedCode, selectedVersion, amount == null ? 0 : amount, unit, reason);
            policies = null;
            FacesMessages.infoText(
                    ClockTexts.format(ClockTexts.locale(), "policies.changed", revised.code(), revised.version()));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("messages", "policiesForm");
        } catch (ConflictException e) {
            FacesMessages.errorText(ClockTexts.format(ClockTexts.locale(), "policies.conflict"));
        } catch (DomainException refused) {
            FacesMessages.errorUnder(refused, FacesMessages.component("periodForm"));
        }
    }

    public String getSelectedCode() {
        return selectedCode;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
