package fr.vigie.sanctions.web;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.sanctions.application.CaseFile;
import fr.vigie.sanctions.application.DecisionForm;
import fr.vigie.sanctions.application.FineAssessment;
import fr.vigie.sanctions.application.SanctionProcedure;
import fr.vigie.sanctions.application.SanctionQueries;
import fr.vigie.sanctions.domain.CaseAct;
import fr.vigie.sanctions.domain.DutyRefused;
import fr.vigie.sanctions.domain.SanctionReference;
import fr.vigie.sanctions.domain.fine.FineProposal;
import fr.vigie.sanctions.domain.fine.FineStep;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The deliberation and vote page, and the decision form with its measures. A person who may not
 * judge the case (its rapporteur, an inspector of the originating inspection, a member with a
 * declared interest) gets 403 and the refusal is audited. A fine or penalty over its lawful cap is
 * refused on its field, naming the article.
 */
@Named("deliberation")
@ViewScoped
public class DeliberationBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SanctionQueries queries;

    @Inject
    transient SanctionProcedure procedure;

    @Inject
    transient FineAssessment assessment;

    private String reference;
    private CaseFile file;
    private boolean conflict;
    private boolean callToOrder;
    private boolean injunction;
    private String injunctionText;
    private LocalDate complianceOn;
    private BigDecimal penaltyPerDay;
    private boolean limitation;
    private boolean suspension;
    private BigDecimal fine;
    private String reasons;
    private final FineAssistantForm assistant = new FineAssistantForm();
    private transient FineProposal proposal;
    private String proposalText;
    private String fineCalculation;

    public void load() {
        try {
            procedure.checkMayJudge(SanctionReference.of(reference));
        } catch (DutyRefused refused) {
            // The error page's dispatch releases this request's FacesContext: keep it to end the response.
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            try {
                external.responseSendError(403, refused.localizedMessage(Pages.MESSAGES.locale()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        file = queries.caseFile(reference);
        conflict = false;
    }

    public boolean may(String act) {
        return file != null && file.may(act);
    }

    public void vote(boolean inFavour) {
        try {
            procedure.vote(SanctionReference.of(reference), file.version(), inFavour);
            Pages.MESSAGES.info("vote.recorded");
            file = queries.caseFile(reference);
        } catch (ConflictException e) {
            conflict = true;
            Pages.MESSAGES.refused(e, "voteForm");
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "voteForm");
        }
    }

    /** Asks the fine assistant for a range, every step shown; nothing is recorded. */
    public void propose() {
        try {
            proposal = assessment.propose(reference, assistant.inputs());
            proposalText = proposal.explanation(Pages.MESSAGES.locale());
        } catch (DomainException e) {
            proposal = null;
            proposalText = null;
            Pages.MESSAGES.refused(e, "assistantForm");
        }
    }

    /**
     * The committee follows the proposal: its steps go with the decision's reasons. The fine itself
     * is still typed by the committee (a person decides); the proposed range is only shown.
     */
    public void followProposal() {
        fineCalculation = proposalText;
    }

    public void decide() {
        DecisionForm form = new DecisionForm(measures(), reasons, fineCalculation);
        try {
            if (file.acts().contains(CaseAct.DECIDE_ALONE)) {
                procedure.decideAlone(SanctionReference.of(reference), file.version(), form);
            } else {
                procedure.adoptDecision(SanctionReference.of(reference), file.version(), form);
            }
            Pages.MESSAGES.info("decision.recorded");
            file = queries.caseFile(reference);
        } catch (ConflictException e) {
            conflict = true;
            Pages.MESSAGES.refused(e, "decisionForm");
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "decisionForm");
        }
    }

    private List<DecisionForm.MeasureForm> measures() {
        List<DecisionForm.MeasureForm> list = new ArrayList<>();
        if (callToOrder) {
            list.add(new DecisionForm.MeasureForm("CALL_TO_ORDER", null, null, null, null));
        }
        if (injunction) {
            list.add(new DecisionForm.MeasureForm("INJUNCTION", injunctionText, null, penaltyPerDay, complianceOn));
        }
        if (limitation) {
            list.add(new DecisionForm.MeasureForm("LIMITATION", null, null, null, null));
        }
        if (suspension) {
            list.add(new DecisionForm.MeasureForm("SUSPENSION", null, null, null, null));
        }
        if (fine != null) {
            list.add(new DecisionForm.MeasureForm("FINE", null, fine, null, null));
        }
        return list;
    }

    public void reload() {
        file = queries.caseFile(reference);
        conflict = false;
    }

    public long votesFor() {
        return file.votes().stream().filter(CaseFile.VoteView::inFavour).count();
    }

    public long votesAgainst() {
        return file.votes().size() - votesFor();
    }

    public FineAssistantForm getAssistant() {
        return assistant;
    }

    /** The last proposal, or null; lost with the view (it is recomputed on demand, never stored). */
    public FineProposal getProposal() {
        return proposal;
    }

    public List<FineStep> getProposalSteps() {
        return proposal == null ? List.of() : proposal.steps();
    }

    public String stepText(FineStep step) {
        return step.text(Pages.MESSAGES.locale());
    }

    public String stepCaution(FineStep step) {
        return step.caution(Pages.MESSAGES.locale()).orElse("");
    }

    public String getFineCalculation() {
        return fineCalculation;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public CaseFile getFile() {
        return file;
    }

    public boolean isConflict() {
        return conflict;
    }

    public boolean isCallToOrder() {
        return callToOrder;
    }

    public void setCallToOrder(boolean callToOrder) {
        this.callToOrder = callToOrder;
    }

    public boolean isInjunction() {
        return injunction;
    }

    public void setInjunction(boolean injunction) {
        this.injunction = injunction;
    }

    public String getInjunctionText() {
        return injunctionText;
    }

    public void setInjunctionText(String injunctionText) {
        this.injunctionText = injunctionText;
    }

    public LocalDate getComplianceOn() {
        return complianceOn;
    }

    public void setComplianceOn(LocalDate complianceOn) {
        this.complianceOn = complianceOn;
    }

    public BigDecimal getPenaltyPerDay() {
        return penaltyPerDay;
    }

    public void setPenaltyPerDay(BigDecimal penaltyPerDay) {
        this.penaltyPerDay = penaltyPerDay;
    }

    public boolean isLimitation() {
        return limitation;
    }

    public void setLimitation(boolean limitation) {
        this.limitation = limitation;
    }

    public boolean isSuspension() {
        return suspension;
    }

    public void setSuspension(boolean suspension) {
        this.suspension = suspension;
    }

    public BigDecimal getFine() {
        return fine;
    }

    public void setFine(BigDecimal fine) {
        this.fine = fine;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
