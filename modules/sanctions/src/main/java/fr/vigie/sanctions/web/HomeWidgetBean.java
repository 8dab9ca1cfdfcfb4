package fr.vigie.sanctions.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.sanctions.application.CaseFilter;
import fr.vigie.sanctions.application.CaseRow;
import fr.vigie.sanctions.application.SanctionQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the home page shows each sanctions role: the acts waiting for them, soonest first. */
@Named("sanctionsHome")
@RequestScoped
public class HomeWidgetBean {
    private static final int SHOWN = 8;

    @Inject
    SanctionQueries queries;

    @Inject
    CurrentUser user;

    private final Map<String, List<CaseRow>> shown = new HashMap<>();

    public boolean holds(String role) {
        return user.hasRole(Role.valueOf(role));
    }

    /** President: formal notices to sign. */
    public List<CaseRow> noticesToSign() {
        return rows(new CaseFilter("NOTICE", "DRAFT", null, null, null, true), "openedOn", true);
    }

    /** President: cases to refer to the committee. */
    public List<CaseRow> casesToRefer() {
        return rows(new CaseFilter("CASE", "AWAITING_REFERRAL", null, null, null, true), "openedOn", true);
    }

    /** Rapporteur: my open cases, next deadline first. */
    public List<CaseRow> myCases() {
        return rows(new CaseFilter("CASE", null, null, user.username(), null, true), "nextDueOn", true);
    }

    /** Committee: hearings to come. */
    public List<CaseRow> hearings() {
        return rows(new CaseFilter("CASE", "HEARING_SCHEDULED", null, null, null, true), "hearingOn", true);
    }

    /** Committee: deliberations open. */
    public List<CaseRow> deliberations() {
        return rows(new CaseFilter("CASE", "DELIBERATING", null, null, null, true), "openedOn", true);
    }

    /** Chair: simplified cases (to decide alone). */
    public List<CaseRow> simplified() {
        return rows(new CaseFilter("CASE", null, "SIMPLIFIED", null, null, true), "nextDueOn", true);
    }

    /** Each list once per request: the page asks again whether it is empty. */
    private List<CaseRow> rows(CaseFilter filter, String sort, boolean ascending) {
        return shown.computeIfAbsent(filter + "|" + sort, key -> queries.page(filter, sort, ascending, 0, SHOWN)
                .rows());
    }
}
