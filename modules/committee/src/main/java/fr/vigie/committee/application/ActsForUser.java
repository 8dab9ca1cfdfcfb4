package fr.vigie.committee.application;

import fr.vigie.committee.domain.CommitteeSession;
import fr.vigie.committee.domain.Review;
import fr.vigie.committee.domain.ReviewAct;
import fr.vigie.committee.domain.SessionAct;
import fr.vigie.committee.domain.Tally;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * The acts the current user may do now, by name, for the pages and the API. The aggregate says
 * which acts its state allows; this keeps those the person may do: the roles of the use cases that
 * do them ({@code @RolesAllowed} on {@link SessionAdministration} and {@link Deliberation}), and
 * for some acts who the person is (only the rapporteur drafts; a recused member neither votes nor
 * settles a tie).
 */
final class ActsForUser {
    private ActsForUser() {}

    static Set<String> onSession(CommitteeSession session, LocalDate today, CurrentUser user) {
        Set<String> acts = new TreeSet<>();
        if (user.hasRole(Role.DAC_SECRETARY)) {
            session.availableActs(today).forEach(act -> acts.add(act.name()));
        }
        return acts;
    }

    /**
     * The acts on the dossier, and postponing it from its session (an act of the session, offered on
     * the dossier's page).
     *
     * @param sitting the session whose agenda the dossier is on, null when on none
     * @param tally   the count at that session, null when on none
     */
    static Set<String> onReview(
            Review review, CommitteeSession sitting, Tally tally, LocalDate today, CurrentUser user) {
        Set<String> acts = new TreeSet<>();
        for (ReviewAct act : review.availableActs(sitting, tally)) {
            if (may(act, review, user)) {
                acts.add(act.name());
            }
        }
        if (sitting != null
                && user.hasRole(Role.DAC_SECRETARY)
                && sitting.agenda().contains(review.id())
                && sitting.availableActs(today).contains(SessionAct.POSTPONE)) {
            acts.add(SessionAct.POSTPONE.name());
        }
        return acts;
    }

    private static boolean may(ReviewAct act, Review review, CurrentUser user) {
        boolean member = user.hasRole(Role.DAC_MEMBER) || user.hasRole(Role.DAC_CHAIR);
        String me = user.username();
        return switch (act) {
            case ASSIGN_RAPPORTEUR -> user.hasRole(Role.DAC_SECRETARY);
            case DRAFT_OPINION -> member && me.equals(review.rapporteur());
            case VOTE -> member && !review.isRecused(me);
            case CAST_DECIDING_VOTE -> user.hasRole(Role.DAC_CHAIR) && !review.isRecused(me);
            case ADOPT_OPINION -> user.hasRole(Role.DAC_SECRETARY) || user.hasRole(Role.DAC_CHAIR);
        };
    }
}
