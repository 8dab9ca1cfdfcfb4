package fr.vigie.crossborder.web;

import fr.vigie.crossborder.application.CaseFilter;
import fr.vigie.crossborder.application.CasePage;
import fr.vigie.crossborder.application.CaseSummary;
import fr.vigie.crossborder.application.CrossBorderHandling;
import fr.vigie.crossborder.application.CrossBorderQueries;
import fr.vigie.crossborder.domain.CrossBorderCaseId;
import fr.vigie.crossborder.domain.CrossBorderException;
import fr.vigie.crossborder.domain.Stage;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.clock.CrossBorderRules;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The list of cross-border cases, filtered (role, stage, rules) and paged by the database, and the
 * opening of a case ex officio.
 */
@Named("crossBorderList")
@ViewScoped
public class CrossBorderListBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CrossBorderQueries queries;

    @Inject
    transient CrossBorderHandling handling;

    private String role;
    private String stage;
    private String rules;
    private final Model model = new Model(this);

    // the opening dialog
    private LocalDate openedOn;
    private String lead = "FR";
    private String organisationName;
    private String reason;

    /** The lazy table: each page is one SQL query. */
    static final class Model extends LazyDataModel<CaseSummary> {
        private static final long serialVersionUID = 1L;
        private final CrossBorderListBean bean;

        Model(CrossBorderListBean bean) {
            this.bean = bean;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) bean.page(0, 1).total();
        }

        @Override
        public List<CaseSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            CasePage page = bean.page(first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(CaseSummary row) {
            return row.reference();
        }
    }

    CasePage page(int first, int size) {
        try {
            return queries.list(new CaseFilter(role, stage, rules), first, size);
        } catch (CrossBorderException e) {
            Pages.MESSAGES.refused(e, "listForm");
            return new CasePage(List.of(), 0, first, size);
        }
    }

    public void reset() {
        role = null;
        stage = null;
        rules = null;
    }

    /** Opens a case ex officio and goes to its file. */
    public void open() throws IOException {
        CrossBorderCaseId[] opened = new CrossBorderCaseId[1];
        boolean ok = Pages.ACTS.run(
                "openForm",
                () -> opened[0] = handling.open(
                        openedOn,
                        SupervisoryAuthority.ofCountry(lead).orElse(null),
                        organisationName,
                        null,
                        Reason.optional(reason)),
                () -> {});
        if (ok) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            PrimeFaces.current()
                    .executeScript("window.location.href='"
                            + faces.getExternalContext().getRequestContextPath() + "/crossborder/file.xhtml?reference="
                            + opened[0].value() + "'");
        }
    }

    public Model getModel() {
        return model;
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    public List<CrossBorderRules> getRuleSets() {
        return List.of(CrossBorderRules.values());
    }

    public List<SupervisoryAuthority> getAuthorities() {
        return List.of(SupervisoryAuthority.values());
    }

    public boolean isMayOpen() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().isUserInRole("COMPLAINT_HANDLER")
                || faces.getExternalContext().isUserInRole("RAPPORTEUR")
                || faces.getExternalContext().isUserInRole("PRESIDENT");
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
