package fr.vigie.platform.web.audit;

import fr.vigie.platform.audit.application.AuditChainVerifier;
import fr.vigie.platform.audit.application.AuditQueries;
import fr.vigie.platform.audit.application.ChainVerification;
import fr.vigie.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.component.datatable.DataTable;

/** The audit trail page: search form, lazy table and chain verification. */
@Named
@ViewScoped
public class AuditTrailBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String ENTRIES_TABLE = ":entriesForm:entries";

    @Inject
    AuditQueries queries;

    @Inject
    AuditChainVerifier verifier;

    private String actor;
    private String action;
    private String caseRef;
    private LocalDate from;
    private LocalDate to;

    private AuditEntriesModel entries;
    private ChainVerification verification;

    @PostConstruct
    void init() {
        entries = new AuditEntriesModel(queries);
    }

    /** Applies the search form; the table goes back to its first page (the page does that). */
    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            FacesMessages.error("audit.filter.badRange");
            return;
        }
        entries.applyFilter(actor, action, caseRef, from, to);
        backToFirstPage();
    }

    public void clear() {
        actor = null;
        action = null;
        caseRef = null;
        from = null;
        to = null;
        entries.applyFilter(null, null, null, null, null);
        backToFirstPage();
    }

    /** A new search shows its first page, not the page the previous search was on. */
    private static void backToFirstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(ENTRIES_TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void verify() {
        verification = verifier.verify();
    }

    public AuditEntriesModel getEntries() {
        return entries;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getCaseRef() {
        return caseRef;
    }

    public void setCaseRef(String caseRef) {
        this.caseRef = caseRef;
    }

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
