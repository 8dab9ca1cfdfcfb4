package fr.vigie.platform.organisation.web;

import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.organisation.OrganisationDirectory;
import fr.vigie.platform.api.organisation.OrganisationQuery;
import fr.vigie.platform.api.organisation.OrganisationSummary;
import fr.vigie.platform.api.web.CappedLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.component.datatable.DataTable;

/** The directory page: a search form over a lazy table, one query per page in the database. */
@Named
@ViewScoped
public class DirectoryBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String TABLE = ":listForm:organisations";

    @Inject
    transient OrganisationDirectory directory;

    private String text;
    private String number;
    private String naf;
    private OrganisationQuery applied = new OrganisationQuery(null, null, null);
    private CappedLazyModel<OrganisationSummary> organisations;

    @PostConstruct
    void init() {
        organisations = new CappedLazyModel<>(
                "name",
                (sort, ascending, offset, limit) -> directory.search(applied, offset, limit),
                o -> String.valueOf(o.id()));
    }

    public void search() {
        OrganisationQuery query = new OrganisationQuery(text, number, naf);
        try {
            // Checked now, so that a bad SIREN or NAF lands on its field rather than in the table.
            directory.search(query, 0, 1);
        } catch (DomainException e) {
            OrganisationTexts.messages().refused(e, "searchForm");
            return;
        }
        applied = query;
        firstPage();
    }

    public void clear() {
        text = null;
        number = null;
        naf = null;
        applied = new OrganisationQuery(null, null, null);
        firstPage();
    }

    private static void firstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public CappedLazyModel<OrganisationSummary> getOrganisations() {
        return organisations;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getNaf() {
        return naf;
    }

    public void setNaf(String naf) {
        this.naf = naf;
    }
}
