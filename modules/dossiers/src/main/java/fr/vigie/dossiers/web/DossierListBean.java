package fr.vigie.dossiers.web;

import fr.vigie.dossiers.application.DossierFilter;
import fr.vigie.dossiers.application.DossierQueries;
import fr.vigie.dossiers.application.DossierSummary;
import fr.vigie.dossiers.domain.DossierStatus;
import fr.vigie.dossiers.domain.Procedure;
import fr.vigie.platform.api.web.CappedLazyModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The instructors' dossier list: filters applied in SQL by the lazy model. */
@Named("dossierList")
@ViewScoped
public class DossierListBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DossierQueries queries;

    @Inject
    transient fr.vigie.dossiers.application.DemoDossierSeeder demo;

    @Inject
    transient fr.vigie.platform.api.security.CurrentUser currentUser;

    private String status;
    private String procedure;
    private String instructor;
    private String text;
    private boolean openOnly = true;
    private final CappedLazyModel<DossierSummary> model = new CappedLazyModel<>(
            "submittedOn",
            (sort, ascending, offset, limit) -> queries().page(filter(), sort, ascending, offset, limit),
            DossierSummary::reference);

    @jakarta.annotation.PostConstruct
    void init() {
        if (currentUser.hasRole(fr.vigie.platform.api.Role.DOSSIER_INSTRUCTOR)) {
            demo.ensureSeeded();
        }
    }

    private DossierQueries queries() {
        if (queries == null) {
            queries = jakarta.enterprise
                    .inject
                    .spi
                    .CDI
                    .current()
                    .select(DossierQueries.class)
                    .get();
        }
        return queries;
    }

    DossierFilter filter() {
        return new DossierFilter(status, procedure, instructor, text, openOnly);
    }

    public LazyDataModel<fr.vigie.dossiers.application.DossierSummary> getModel() {
        return model;
    }

    /** True when more dossiers match than the list counts: the user is asked to narrow the filters. */
    public boolean isCapped() {
        return model.isCapped();
    }

    public void reset() {
        status = null;
        procedure = null;
        instructor = null;
        text = null;
        openOnly = true;
    }

    public List<DossierStatus> getAllStatuses() {
        return List.of(DossierStatus.values());
    }

    public List<Procedure> getAllProcedures() {
        return List.of(Procedure.values());
    }

    public String elapsed(fr.vigie.dossiers.application.DossierSummary s) {
        return s.targetOn() == null ? "" : Pages.MESSAGES.text("list.days", s.elapsedDays(), s.targetMonths());
    }

    public boolean late(fr.vigie.dossiers.application.DossierSummary s) {
        return s.late();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getInstructor() {
        return instructor;
    }

    public void setInstructor(String instructor) {
        this.instructor = instructor;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}
