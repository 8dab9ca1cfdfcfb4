package fr.vigie.committee.web;

import fr.vigie.committee.application.CommitteeQueries;
import fr.vigie.committee.application.Roster;
import fr.vigie.committee.application.SessionAdministration;
import fr.vigie.committee.application.Views;
import fr.vigie.committee.domain.MemberFunction;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The sessions page: the list (paged in SQL) and, for the secretary, planning a new session. */
@Named("committeeSessions")
@ViewScoped
public class SessionsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CommitteeQueries queries;

    @Inject
    transient SessionAdministration administration;

    @Inject
    transient Roster roster;

    @Inject
    transient CurrentUser currentUser;

    private LocalDate date;
    private List<Views.MemberView> members;
    private String username;
    private String displayName;
    private MemberFunction function = MemberFunction.MEMBER;
    private String reason;
    private String title;
    private final SessionsModel model = new SessionsModel(this);

    public void plan() throws IOException {
        try {
            long id = administration.plan(date, title);
            Pages.MESSAGES.info("act.done");
            Pages.MESSAGES.keepForRedirect();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/committee/session.xhtml?id=" + id);
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "planForm");
        }
    }

    /** Appoints a member to the roster (the secretary records the appointment decree's effect). */
    public void appoint() {
        if (Pages.ACTS.run(
                "rosterForm", () -> roster.appoint(username, displayName, function, Reason.of(reason)), () -> {})) {
            username = null;
            displayName = null;
            reason = null;
            members = null;
        }
    }

    public List<Views.MemberView> getMembers() {
        if (members == null) {
            members = queries.roster();
        }
        return members;
    }

    public MemberFunction[] getFunctions() {
        return MemberFunction.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public MemberFunction getFunction() {
        return function;
    }

    public void setFunction(MemberFunction function) {
        this.function = function;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isSecretary() {
        return currentUser.hasRole(Role.DAC_SECRETARY);
    }

    public LazyDataModel<Views.SessionSummary> getModel() {
        return model;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** One SQL page per request, never the whole history of sessions. */
    static final class SessionsModel extends LazyDataModel<Views.SessionSummary> {
        private static final long serialVersionUID = 1L;
        private final SessionsBean bean;

        SessionsModel(SessionsBean bean) {
            this.bean = bean;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, bean.queries.countSessions());
        }

        @Override
        public List<Views.SessionSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            setRowCount(count(filterBy));
            return bean.queries.sessions(first, pageSize);
        }

        @Override
        public String getRowKey(Views.SessionSummary row) {
            return String.valueOf(row.id());
        }

        @Override
        public Views.SessionSummary getRowData(String rowKey) {
            return null;
        }
    }
}
