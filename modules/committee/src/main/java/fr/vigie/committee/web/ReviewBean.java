package fr.vigie.committee.web;

import fr.vigie.committee.api.OpinionKind;
import fr.vigie.committee.application.CommitteeQueries;
import fr.vigie.committee.application.Deliberation;
import fr.vigie.committee.application.SessionAdministration;
import fr.vigie.committee.application.Views;
import fr.vigie.committee.domain.VoteChoice;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * A dossier before the committee (the vote page): what members need to read, the documents and the
 * deadline, the rapporteur's draft, the votes, the chair's casting vote, and the secretary's acts. A
 * member recused from the dossier gets a 403, not the page. The buttons are the acts the review
 * allows the current user now ({@link #may(String)}).
 */
@Named("committeeReview")
@ViewScoped
public class ReviewBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CommitteeQueries queries;

    @Inject
    transient Deliberation deliberation;

    @Inject
    transient SessionAdministration administration;

    @Inject
    transient CurrentUser currentUser;

    private long id;
    private Views.ReviewView review;
    private boolean conflict;
    private String choice;
    private String remarks;
    private String draftKind;
    private String draftReasoning;
    private String castingKind;
    private String reason;
    private String rapporteur;
    private String reasoning;
    private String reservations;

    /** View action: a recused member is answered 403, an unknown dossier 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            reload();
        } catch (NotFoundException e) {
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        } catch (DomainException e) {
            if (!e.isForbidden()) {
                throw e;
            }
            faces.getExternalContext().responseSendError(403, e.localizedMessage(Pages.MESSAGES.locale()));
            faces.responseComplete();
        }
    }

    public void reload() {
        review = queries.review(id);
        conflict = false;
        choice = review.myVote() == null ? null : review.myVote().choice();
        remarks = review.myVote() == null ? null : review.myVote().remarks();
        draftKind = review.draftKind();
        draftReasoning = review.draftReasoning();
        reasoning = review.draftReasoning();
        reservations = review.gatheredReservations();
    }

    public void vote() {
        Long version = review.myVote() == null ? null : review.myVote().version();
        if (Pages.ACTS.run(
                "voteForm",
                () -> deliberation.vote(id, choice == null ? null : VoteChoice.valueOf(choice), remarks, version),
                this::conflicted)) {
            reload();
        }
    }

    public void draft() {
        if (Pages.ACTS.run(
                "draftForm",
                () -> deliberation.draft(id, review.version(), kind(draftKind), draftReasoning),
                this::conflicted)) {
            reload();
        }
    }

    public void castingVote() {
        if (Pages.ACTS.run(
                "castingForm",
                () -> deliberation.castDecidingVote(id, review.version(), kind(castingKind), Reason.of(reason)),
                this::conflicted)) {
            reason = null;
            reload();
        }
    }

    public void assignRapporteur() {
        if (Pages.ACTS.run(
                "rapporteurForm",
                () -> administration.assignRapporteur(id, review.version(), rapporteur, Reason.of(reason)),
                this::conflicted)) {
            reason = null;
            reload();
        }
    }

    public void adopt() {
        if (Pages.ACTS.run(
                "adoptForm",
                () -> deliberation.adopt(id, review.version(), reasoning, reservations),
                this::conflicted)) {
            reload();
        }
    }

    public void postpone() {
        if (review.sessionId() == null) {
            return;
        }
        long sessionVersion = queries.session(review.sessionId()).version();
        if (Pages.ACTS.run(
                "adoptForm",
                () -> administration.postpone(review.sessionId(), sessionVersion, id, Reason.of(reason)),
                this::conflicted)) {
            reason = null;
            reload();
        }
    }

    private static OpinionKind kind(String name) {
        return name == null || name.isBlank() ? null : OpinionKind.valueOf(name);
    }

    private void conflicted() {
        conflict = true;
    }

    // ---------------------------------------------------------------- what the page shows

    public boolean isMember() {
        return currentUser.hasRole(Role.DAC_MEMBER) || currentUser.hasRole(Role.DAC_CHAIR);
    }

    /** Whether the review is still open (the domain says so: awaiting a session or on an agenda). */
    public boolean isOpen() {
        return review.open();
    }

    /**
     * Whether the current user may do {@code act} ({@code ReviewAct} name, or {@code POSTPONE}) now:
     * asked of the aggregates through the application, never decided here.
     */
    public boolean may(String act) {
        return review != null && review.may(act);
    }

    public String documentUrl(Views.DocumentLink document) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/documents/"
                + document.id();
    }

    public List<Views.MemberView> getRoster() {
        return queries.roster();
    }

    public VoteChoice[] getChoices() {
        return VoteChoice.values();
    }

    public OpinionKind[] getKinds() {
        return OpinionKind.values();
    }

    public Views.ReviewView getReview() {
        return review;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public String getDraftKind() {
        return draftKind;
    }

    public void setDraftKind(String draftKind) {
        this.draftKind = draftKind;
    }

    public String getDraftReasoning() {
        return draftReasoning;
    }

    public void setDraftReasoning(String draftReasoning) {
        this.draftReasoning = draftReasoning;
    }

    public String getCastingKind() {
        return castingKind;
    }

    public void setCastingKind(String castingKind) {
        this.castingKind = castingKind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRapporteur() {
        return rapporteur;
    }

    public void setRapporteur(String rapporteur) {
        this.rapporteur = rapporteur;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }

    public String getReservations() {
        return reservations;
    }

    public void setReservations(String reservations) {
        this.reservations = reservations;
    }
}
