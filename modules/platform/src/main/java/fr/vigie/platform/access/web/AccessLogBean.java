package fr.vigie.platform.access.web;

import fr.vigie.platform.access.application.AccessLogFilter;
import fr.vigie.platform.access.application.AccessLogQueries;
import fr.vigie.platform.access.application.VolumeAlertView;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.access.ReadKind;
import fr.vigie.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/** The auditor's read-access log page: search form, lazy table of entries, latest volume alerts. */
@Named("accessLog")
@ViewScoped
public class AccessLogBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String ENTRIES_TABLE = ":entriesForm:entries";
    static final int ALERTS_SHOWN = 20;

    @Inject
    AccessLogQueries queries;

    private String user;
    private String caseRef;
    private LocalDate from;
    private LocalDate to;
    private String kind;

    private ReadAccessModel entries;
    private transient List<VolumeAlertView> alerts;

    @PostConstruct
    void init() {
        entries = new ReadAccessModel(queries);
    }

    public void search() {
        try {
            entries.applyFilter(AccessLogFilter.of(user, caseRef, from, to, kind));
        } catch (DomainException refused) {
            FacesMessages.error(refused, "filterForm");
            return;
        }
        backToFirstPage();
    }

    public void clear() {
        user = null;
        caseRef = null;
        from = null;
        to = null;
        kind = null;
        entries.applyFilter(AccessLogFilter.NONE);
        backToFirstPage();
    }

    private static void backToFirstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(ENTRIES_TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public ReadAccessModel getEntries() {
        return entries;
    }

    /** The latest alerts, read once per request. */
    public List<VolumeAlertView> getAlerts() {
        if (alerts == null) {
            alerts = queries.alerts(ALERTS_SHOWN);
        }
        return alerts;
    }

    public ReadKind[] getKinds() {
        return ReadKind.values();
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
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

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
