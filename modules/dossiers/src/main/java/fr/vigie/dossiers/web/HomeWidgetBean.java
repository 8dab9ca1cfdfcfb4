package fr.vigie.dossiers.web;

import fr.vigie.dossiers.application.DossierFilter;
import fr.vigie.dossiers.application.DossierQueries;
import fr.vigie.dossiers.application.DossierSummary;
import fr.vigie.dossiers.domain.DossierStatus;
import fr.vigie.platform.api.Page;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What an instructor's home panel shows: the applications waiting for their completeness check
 * (oldest first: under the EHDS the decision clock only starts once an application is complete,
 * Art. 67) and the instructor's own open dossiers, the current stage's legal deadline soonest
 * first. Each list is one page of the dossier list's SQL, at most {@link #SHOWN} rows with their
 * count; read once per request.
 */
@Named("dossiersHome")
@RequestScoped
public class HomeWidgetBean {
    static final int SHOWN = 8;

    @Inject
    DossierQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    private Page<DossierSummary> toCheck;
    private Page<DossierSummary> mine;

    public Page<DossierSummary> getToCheck() {
        if (toCheck == null) {
            toCheck = queries.page(
                    new DossierFilter(DossierStatus.SUBMITTED.name(), null, null, null, true),
                    "submittedOn",
                    true,
                    0,
                    SHOWN);
        }
        return toCheck;
    }

    public Page<DossierSummary> getMine() {
        if (mine == null) {
            mine = queries.page(
                    new DossierFilter(null, null, user.username(), null, true), "stageDueOn", true, 0, SHOWN);
        }
        return mine;
    }

    /** True when the current stage's deadline has passed. */
    public boolean overdue(DossierSummary dossier) {
        return dossier.stageDueOn() != null && dossier.stageDueOn().isBefore(LocalDate.now(clock));
    }

    /** A list's count as shown: "1000+" when the count stopped at the cap. */
    public String count(Page<?> page) {
        return page.totalCapped() ? page.total() + "+" : Long.toString(page.total());
    }
}
