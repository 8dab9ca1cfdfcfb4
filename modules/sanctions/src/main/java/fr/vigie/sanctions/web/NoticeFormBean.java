package fr.vigie.sanctions.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.sanctions.application.FormalNotices;
import fr.vigie.sanctions.application.NoticeForm;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The formal notice form (president): the organisation, whether it is established abroad, and its group's turnover, the breaches
 * (one per line, "article — what was found"), the measures required and the compliance period.
 */
@Named("noticeForm")
@ViewScoped
public class NoticeFormBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient FormalNotices notices;

    private String organisationName;
    private String organisationNumber;
    private String groupName;
    private BigDecimal turnover;
    private Integer turnoverYear;
    private boolean establishedAbroad;
    private String breaches;
    private String measuresRequired;
    private Integer periodAmount = 3;
    private String periodUnit = "months";

    public String prepare() {
        try {
            String reference = notices.prepare(new NoticeForm(
                    organisationName,
                    organisationNumber,
                    groupName,
                    turnover,
                    turnoverYear,
                    establishedAbroad,
                    breachList(),
                    measuresRequired,
                    periodAmount,
                    periodUnit));
            Pages.MESSAGES.info("notice.prepared", reference);
            Pages.MESSAGES.keepForRedirect();
            return "/sanctions/notice.xhtml?faces-redirect=true&reference=" + reference;
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "noticeForm");
            return null;
        }
    }

    private List<NoticeForm.BreachForm> breachList() {
        List<NoticeForm.BreachForm> list = new ArrayList<>();
        if (breaches != null) {
            for (String line : breaches.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\s+[—-]\\s+|:\\s", 2);
                list.add(new NoticeForm.BreachForm(
                        parts[0].strip(), "SIGNIFICANT", parts.length > 1 ? parts[1].strip() : null));
            }
        }
        return list;
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

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public BigDecimal getTurnover() {
        return turnover;
    }

    public void setTurnover(BigDecimal turnover) {
        this.turnover = turnover;
    }

    public Integer getTurnoverYear() {
        return turnoverYear;
    }

    public void setTurnoverYear(Integer turnoverYear) {
        this.turnoverYear = turnoverYear;
    }

    public boolean isEstablishedAbroad() {
        return establishedAbroad;
    }

    public void setEstablishedAbroad(boolean establishedAbroad) {
        this.establishedAbroad = establishedAbroad;
    }

    public String getBreaches() {
        return breaches;
    }

    public void setBreaches(String breaches) {
        this.breaches = breaches;
    }

    public String getMeasuresRequired() {
        return measuresRequired;
    }

    public void setMeasuresRequired(String measuresRequired) {
        this.measuresRequired = measuresRequired;
    }

    public Integer getPeriodAmount() {
        return periodAmount;
    }

    public void setPeriodAmount(Integer periodAmount) {
        this.periodAmount = periodAmount;
    }

    public String getPeriodUnit() {
        return periodUnit;
    }

    public void setPeriodUnit(String periodUnit) {
        this.periodUnit = periodUnit;
    }
}
