package fr.vigie.sanctions.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.sanctions.application.CaseRow;
import fr.vigie.sanctions.application.SanctionQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What the home page shows each sanctions role: the acts waiting for them, soonest first. What each
 * list holds is said by its query in {@link SanctionQueries}, not here.
 */
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
        return rows("noticesToSign", queries::noticesToSign);
    }

    /** President: cases to refer to the committee. */
    public List<CaseRow> casesToRefer() {
        return rows("casesToRefer", queries::casesToRefer);
    }

    /** Rapporteur: my open cases, next deadline first. */
    public List<CaseRow> myCases() {
        return rows("myCases", queries::myCases);
    }

    /** Committee: hearings to come. */
    public List<CaseRow> hearings() {
        return rows("hearings", queries::hearingsToCome);
    }

    /** Committee: deliberations open. */
    public List<CaseRow> deliberations() {
        return rows("deliberations", queries::deliberations);
    }

    /** Chair: simplified cases (to decide alone). */
    public List<CaseRow> simplified() {
        return rows("simplified", queries::simplifiedCases);
    }

    /** Each list once per request: the page asks again whether it is empty. */
    private List<CaseRow> rows(String list, IntFunction<List<CaseRow>> query) {
        return shown.computeIfAbsent(list, key -> query.apply(SHOWN));
    }
}
