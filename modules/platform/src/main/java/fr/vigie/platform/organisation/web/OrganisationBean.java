package fr.vigie.platform.organisation.web;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.api.organisation.Siren;
import fr.vigie.platform.api.web.PageMessages;
import fr.vigie.platform.organisation.application.OrganisationForm;
import fr.vigie.platform.organisation.application.OrganisationQueries;
import fr.vigie.platform.organisation.application.OrganisationRegistry;
import fr.vigie.platform.organisation.application.OrganisationRoles;
import fr.vigie.platform.organisation.application.OrganisationView;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * One organisation's page: its record (registered or corrected, with a reason, on the version read)
 * and its turnover per financial year. {@code ?id=} opens an existing record; without it the page
 * registers a new one.
 */
@Named
@ViewScoped
public class OrganisationBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "orgForm";
    static final String TURNOVER_FORM = "turnoverForm";

    @Inject
    transient OrganisationQueries queries;

    @Inject
    transient OrganisationRegistry registry;

    @Inject
    transient OrganisationDirectory directory;

    private Long id;
    private OrganisationView view;
    private String siren;
    private String siret;
    private String name;
    private String legalForm;
    private String naf;
    private String country;
    private String parent;
    private String contactName;
    private String contactEmail;
    private String reason;
    private Integer financialYear;
    private BigDecimal amount;
    private String currency = "EUR";
    private String turnoverReason;

    /** Reads the record named by {@code ?id=} (on the first visit of the view). */
    public void load() {
        if (id == null || view != null) {
            return;
        }
        view = queries.view(id);
        OrganisationSummary s = view.summary();
        siren = s.siren();
        siret = s.headOfficeSiret();
        name = s.name();
        legalForm = s.legalForm();
        naf = s.naf();
        country = s.country();
        parent = s.parentId() == null
                ? null
                : directory.find(s.parentId()).map(OrganisationSummary::siren).orElse(null);
        contactName = view.contactName();
        contactEmail = view.contactEmail();
    }

    public String save() {
        PageMessages messages = OrganisationTexts.messages();
        Long parentId;
        try {
            parentId = parentId();
        } catch (DomainException e) {
            messages.refused(e, FORM);
            return null;
        }
        OrganisationForm form =
                new OrganisationForm(siren, siret, name, legalForm, naf, country, parentId, contactName, contactEmail);
        try {
            if (view == null) {
                long created = registry.register(form);
                messages.info("form.saved");
                messages.keepForRedirect();
                return "/organisations/organisation.xhtml?faces-redirect=true&id=" + created;
            }
            registry.correct(view.id(), view.version(), form, reason);
        } catch (ConflictException e) {
            messages.refused(e, null);
            return null;
        } catch (DomainException e) {
            messages.refused(e, FORM);
            return null;
        }
        messages.info("form.corrected");
        messages.keepForRedirect();
        return "/organisations/organisation.xhtml?faces-redirect=true&id=" + view.id();
    }

    public String recordTurnover() {
        PageMessages messages = OrganisationTexts.messages();
        try {
            registry.recordTurnover(view.id(), view.version(), financialYear, amount, currency, turnoverReason);
        } catch (ConflictException e) {
            messages.refused(e, null);
            return null;
        } catch (DomainException e) {
            messages.refused(e, TURNOVER_FORM);
            return null;
        }
        messages.info("turnover.recorded");
        messages.keepForRedirect();
        return "/organisations/organisation.xhtml?faces-redirect=true&id=" + view.id();
    }

    /** The group typed as its SIREN, found in the directory. */
    private Long parentId() {
        if (parent == null || parent.isBlank()) {
            return null;
        }
        Siren parentSiren = Siren.parse(parent, "parent");
        Optional<OrganisationSummary> found = directory.findBySiren(parentSiren);
        if (found.isEmpty()) {
            throw DomainException.onField("parent", "organisation.parent.unknown", parentSiren.value());
        }
        return found.get().id();
    }

    /** Whether the person may register and correct organisations (readers see the record only). */
    public boolean isEditor() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return Arrays.stream(OrganisationRoles.EDITORS).anyMatch(external::isUserInRole);
    }

    public boolean isExisting() {
        return view != null;
    }

    public OrganisationView getView() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getNaf() {
        return naf;
    }

    public void setNaf(String naf) {
        this.naf = naf;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getFinancialYear() {
        return financialYear;
    }

    public void setFinancialYear(Integer financialYear) {
        this.financialYear = financialYear;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getTurnoverReason() {
        return turnoverReason;
    }

    public void setTurnoverReason(String turnoverReason) {
        this.turnoverReason = turnoverReason;
    }
}
