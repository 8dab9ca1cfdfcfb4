package fr.vigie.inspections.web;

import fr.vigie.inspections.application.InspectionHandling;
import fr.vigie.inspections.application.NewInspectionForm;
import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.inspections.domain.InspectionType;
import fr.vigie.inspections.domain.Origin;
import fr.vigie.platform.api.DomainException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Opening an inspection: the programme's planned inspection, an own-initiative one, or one following a
 * notified data breach (its own page, with the breach's fields). Refusals land on their field; the
 * form keeps what was typed.
 */
@Named("newInspection")
@ViewScoped
public class NewInspectionBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient InspectionHandling handling;

    private boolean breach;
    private String origin = Origin.PROGRAMME.name();
    private String originCase;
    private String type = InspectionType.ON_SITE.name();
    private String theme;
    private Integer year = LocalDate.now().getYear();
    private Integer quarter = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
    private String organisationName;
    private String organisationNumber;
    private String organisationCountry = "FR";
    private boolean sensitiveData;
    private boolean minors;
    private String subject;
    private LocalDate breachKnownOn;
    private LocalDate breachNotifiedOn;
    private Integer breachPeopleAffected;
    private String breachDataCategories;

    /** View action of the breach page. */
    public void breachNotification() {
        breach = true;
        origin = Origin.BREACH_NOTIFICATION.name();
        type = InspectionType.DOCUMENTS.name();
    }

    public String create() {
        try {
            InspectionReference reference = handling.open(new NewInspectionForm(
                    origin,
                    originCase,
                    type,
                    theme,
                    year,
                    quarter,
                    organisationName,
                    organisationNumber,
                    organisationCountry,
                    sensitiveData,
                    minors,
                    subject,
                    breachKnownOn,
                    breachNotifiedOn,
                    breachPeopleAffected,
                    breachDataCategories));
            Pages.MESSAGES.info("file.done");
            Pages.MESSAGES.keepForRedirect();
            return "/inspections/file.xhtml?faces-redirect=true&reference=" + reference;
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "newForm");
            return null;
        }
    }

    /** The origins a person may choose here (a complaint's inspection is opened by the complaint's referral). */
    public List<Origin> getOrigins() {
        return breach
                ? List.of(Origin.BREACH_NOTIFICATION)
                : List.of(Origin.PROGRAMME, Origin.OWN_INITIATIVE, Origin.COMPLAINT);
    }

    public InspectionType[] getTypes() {
        return InspectionType.values();
    }

    public boolean isBreach() {
        return breach;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getOriginCase() {
        return originCase;
    }

    public void setOriginCase(String originCase) {
        this.originCase = originCase;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
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

    public String getOrganisationCountry() {
        return organisationCountry;
    }

    public void setOrganisationCountry(String organisationCountry) {
        this.organisationCountry = organisationCountry;
    }

    public boolean isSensitiveData() {
        return sensitiveData;
    }

    public void setSensitiveData(boolean sensitiveData) {
        this.sensitiveData = sensitiveData;
    }

    public boolean isMinors() {
        return minors;
    }

    public void setMinors(boolean minors) {
        this.minors = minors;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public LocalDate getBreachKnownOn() {
        return breachKnownOn;
    }

    public void setBreachKnownOn(LocalDate breachKnownOn) {
        this.breachKnownOn = breachKnownOn;
    }

    public LocalDate getBreachNotifiedOn() {
        return breachNotifiedOn;
    }

    public void setBreachNotifiedOn(LocalDate breachNotifiedOn) {
        this.breachNotifiedOn = breachNotifiedOn;
    }

    public Integer getBreachPeopleAffected() {
        return breachPeopleAffected;
    }

    public void setBreachPeopleAffected(Integer breachPeopleAffected) {
        this.breachPeopleAffected = breachPeopleAffected;
    }

    public String getBreachDataCategories() {
        return breachDataCategories;
    }

    public void setBreachDataCategories(String breachDataCategories) {
        this.breachDataCategories = breachDataCategories;
    }
}
