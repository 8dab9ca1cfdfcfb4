package fr.vigie.platform.clock.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.clock.application.DeadlineCalculation;
import fr.vigie.platform.clock.application.DeadlineCalculatorService;
import fr.vigie.platform.clock.application.PolicyAdministration;
import fr.vigie.platform.clock.application.PolicyView;
import fr.vigie.platform.clock.domain.PeriodUnit;
import fr.vigie.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The deadline calculator page: a policy (or an amount and a unit), a start day, suspended
 * days or suspension periods; shows the last day and each rule applied, in the page's language.
 * A refused input is shown on its field and the previous result is cleared, so that a result on
 * screen always matches the inputs on screen.
 */
@Named
@ViewScoped
public class CalculatorBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DeadlineCalculatorService calculator;

    @Inject
    PolicyAdministration policyAdministration;

    private transient List<PolicyView> policies;

    private String policyCode;
    private Integer amount;
    private String unit = PeriodUnit.DAYS.spelling();
    private LocalDate start;
    private Long suspendedDays;
    private final List<SuspensionRow> suspensions = new ArrayList<>();
    private DeadlineCalculation result;

    /** One suspension period typed on the page. */
    public static class SuspensionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate from;
        private LocalDate to;

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }
    }

    public List<PolicyView> getPolicies() {
        if (policies == null) {
            policies = policyAdministration.catalogue();
        }
        return policies;
    }

    public List<String> getUnits() {
        return Arrays.stream(PeriodUnit.values()).map(PeriodUnit::spelling).toList();
    }

    public void compute() {
        result = null;
        try {
            result = calculator.calculate(new DeadlineCalculatorService.Request(
                    policyCode,
                    amount,
                    unit,
                    start,
                    suspendedDays,
                    suspensions.stream()
                            .map(row -> new DeadlineCalculatorService.Interval(row.getFrom(), row.getTo()))
                            .toList()));
        } catch (DomainException refused) {
            FacesMessages.errorUnder(refused, FacesMessages.component("calculatorForm"));
        }
    }

    public void addSuspension() {
        suspensions.add(new SuspensionRow());
    }

    public void removeSuspension(SuspensionRow row) {
        suspensions.remove(row);
    }

    public boolean isCustom() {
        return policyCode == null || policyCode.isBlank();
    }

    /** The policy chosen, for its source and period. */
    public PolicyView getSelectedPolicy() {
        return isCustom()
                ? null
                : getPolicies().stream()
                        .filter(p -> p.code().equals(policyCode))
                        .findFirst()
                        .orElse(null);
    }

    public DeadlineCalculation getResult() {
        return result;
    }

    public List<SuspensionRow> getSuspensions() {
        return suspensions;
    }

    public String getPolicyCode() {
        return policyCode;
    }

    public void setPolicyCode(String policyCode) {
        this.policyCode = policyCode;
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

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public Long getSuspendedDays() {
        return suspendedDays;
    }

    public void setSuspendedDays(Long suspendedDays) {
        this.suspendedDays = suspendedDays;
    }
}
