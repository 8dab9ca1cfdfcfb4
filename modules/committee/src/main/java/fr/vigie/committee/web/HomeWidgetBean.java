package fr.vigie.committee.web;

import fr.vigie.committee.application.CommitteeQueries;
import fr.vigie.committee.application.Views;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * What the committee's home panels show. Each getter is read only by the panel of a role allowed
 * to call it, at most once per request; every list is bounded ({@link #SHOWN} rows).
 */
@Named("committeeHome")
@RequestScoped
public class HomeWidgetBean {
    static final int SHOWN = 8;
    /** Sessions a member sees coming. */
    static final int NEXT_SESSIONS = 3;
    /** An opinion is "due soon" within this many days. */
    static final int SOON_DAYS = 7;

    @Inject
    CommitteeQueries queries;

    @Inject
    CurrentUser user;

    private Views.MyReviewsPage myReviews;
    private List<Views.SessionSummary> sessions;
    private List<Views.OpenReview> openReviews;
    private List<Views.ReadyReview> awaitingSession;
    private Views.ReviewCounts counts;
    private Views.Quorum quorum;

    public boolean holds(String role) {
        return user.hasRole(Role.valueOf(role));
    }

    /** Member: my dossiers to review (on a coming agenda, or as rapporteur), opinion deadline first. */
    public Views.MyReviewsPage getMyReviews() {
        if (myReviews == null) {
            myReviews = queries.myReviews(false, "opinionDueDate", true, 0, SHOWN);
        }
        return myReviews;
    }

    /** Sessions not closed yet, soonest first. */
    public List<Views.SessionSummary> getSessions() {
        if (sessions == null) {
            sessions = queries.openSessions(SHOWN);
        }
        return sessions;
    }

    /** Member: the next few sessions. */
    public List<Views.SessionSummary> getNextSessions() {
        List<Views.SessionSummary> all = getSessions();
        return all.subList(0, Math.min(NEXT_SESSIONS, all.size()));
    }

    /** Chair: the opinions to give, deadline first. */
    public List<Views.OpenReview> getOpenReviews() {
        if (openReviews == null) {
            openReviews = queries.openReviews(SHOWN);
        }
        return openReviews;
    }

    /** Secretary: referred dossiers to put on an agenda, most urgent first. */
    public List<Views.ReadyReview> getAwaitingSession() {
        if (awaitingSession == null) {
            awaitingSession = queries.awaitingSession(SHOWN);
        }
        return awaitingSession;
    }

    public Views.ReviewCounts getCounts() {
        if (counts == null) {
            counts = queries.openReviewCounts(SOON_DAYS);
        }
        return counts;
    }

    public Views.Quorum getQuorum() {
        if (quorum == null) {
            quorum = queries.quorum();
        }
        return quorum;
    }

    public int getSoonDays() {
        return SOON_DAYS;
    }

    /** True when an opinion's deadline has passed. */
    public boolean overdue(Long daysLeft) {
        return daysLeft != null && daysLeft < 0;
    }
}
