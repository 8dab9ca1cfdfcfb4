package fr.vigie.platform.retention.web;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.retention.LegalHolds;
import fr.vigie.platform.retention.application.PlanLine;
import fr.vigie.platform.retention.application.RetentionAdministration;
import fr.vigie.platform.retention.application.RetentionPlanner;
import fr.vigie.platform.retention.application.RetentionRunView;
import fr.vigie.platform.retention.application.RetentionTask;
import fr.vigie.platform.retention.domain.LegalHold;
import fr.vigie.platform.retention.domain.RetentionRule;
import fr.vigie.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The retention schedule screen (docs/retention.md): the schedule's lines and their change, the dry
 * run, legal holds, the last runs and a run started now.
 */
@Named("retention")
@ViewScoped
public class RetentionBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "fr.vigie.platform.i18n.retention";

    @Inject
    RetentionAdministration administration;

    @Inject
    RetentionPlanner planner;

    private transient List<RetentionRule> rules;
    private transient List<LegalHold> holds;
    private transient List<RetentionRunView> runs;
    private transient List<PlanLine> plan;

    private String selectedModule;
    private String selectedCaseType;
    private String selectedOutcome;
    private long selectedVersion;
    private Integer pseudonymiseAfter;
    private Integer deleteFileAfter;
    private String reason;

    private String holdCaseRef;
    private String holdKind;
    private String holdReason;

    private long releaseId;
    private long releaseVersion;
    private String releaseReason;

    private String runReason;

    public List<RetentionRule> getRules() {
        if (rules == null) {
            rules = administration.rules();
        }
        return rules;
    }

    public List<LegalHold> getHolds() {
        if (holds == null) {
            holds = administration.activeHolds();
        }
        return holds;
    }

    public List<RetentionRunView> getRuns() {
        if (runs == null) {
            runs = administration.runs();
        }
        return runs;
    }

    public List<PlanLine> getPlan() {
        return plan;
    }

    public LegalHolds.Kind[] getHoldKinds() {
        return LegalHolds.Kind.values();
    }

    public void simulate() {
        plan = planner.plan();
    }

    public void prepare(RetentionRule rule) {
        selectedModule = rule.module();
        selectedCaseType = rule.caseType();
        selectedOutcome = rule.outcome();
        selectedVersion = rule.version();
        pseudonymiseAfter = rule.pseudonymiseAfterMonths();
        deleteFileAfter = rule.deleteFileAfterMonths();
        reason = null;
    }

    public void revise() {
        try {
            administration.revise(
                    selectedModule,
                    selectedCaseType,
                    selectedOutcome,
                    selectedVersion,
                    pseudonymiseAfter == null ? 0 : pseudonymiseAfter,
                    deleteFileAfter == null ? 0 : deleteFileAfter,
                    reason);
            rules = null;
            plan = null;
            FacesMessages.infoText(FacesMessages.text(BUNDLE, "retention.rule.changed"));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("messages", "rulesForm");
        } catch (ConflictException e) {
            FacesMessages.errorText(FacesMessages.text(BUNDLE, "retention.rule.conflict"));
        } catch (DomainException refused) {
            FacesMessages.errorUnder(refused, FacesMessages.component("ruleForm"));
        }
    }

    public void placeHold() {
        try {
            administration.placeHold(
                    holdCaseRef,
                    holdKind == null || holdKind.isBlank() ? null : LegalHolds.Kind.valueOf(holdKind),
                    holdReason);
            holds = null;
            plan = null;
            holdCaseRef = null;
            holdKind = null;
            holdReason = null;
            FacesMessages.infoText(FacesMessages.text(BUNDLE, "retention.hold.placed"));
        } catch (DomainException refused) {
            FacesMessages.errorUnder(refused, FacesMessages.component("holdForm"));
        }
    }

    public void prepareRelease(LegalHold hold) {
        releaseId = hold.id();
        releaseVersion = hold.version();
        releaseReason = null;
    }

    public void release() {
        try {
            administration.releaseHold(releaseId, releaseVersion, releaseReason);
            holds = null;
            plan = null;
            FacesMessages.infoText(FacesMessages.text(BUNDLE, "retention.hold.released"));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("messages", "holdsForm");
        } catch (ConflictException e) {
            FacesMessages.errorText(FacesMessages.text(BUNDLE, "retention.hold.conflict"));
        } catch (DomainException refused) {
            FacesMessages.errorUnder(refused, FacesMessages.component("releaseForm"));
        }
    }

    public void runNow() {
        try {
            RetentionTask.RunReport report = administration.runNow(runReason);
            runs = null;
            plan = null;
            runReason = null;
            FacesMessages.infoText(FacesMessages.text(
                    BUNDLE,
                    "SKIPPED".equals(report.outcome()) ? "retention.run.skipped" : "retention.run.done",
                    report.pseudonymised(),
                    report.filesDeleted(),
                    report.documentsDeleted()));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("messages", "runsForm");
        } catch (DomainException refused) {
            FacesMessages.errorUnder(refused, FacesMessages.component("runForm"));
        }
    }

    public String getSelectedLine() {
        return selectedCaseType == null ? "" : selectedModule + " / " + selectedCaseType + " / " + selectedOutcome;
    }

    public String getSelectedModule() {
        return selectedModule;
    }

    public String getSelectedOutcome() {
        return selectedOutcome;
    }

    public Integer getPseudonymiseAfter() {
        return pseudonymiseAfter;
    }

    public void setPseudonymiseAfter(Integer pseudonymiseAfter) {
        this.pseudonymiseAfter = pseudonymiseAfter;
    }

    public Integer getDeleteFileAfter() {
        return deleteFileAfter;
    }

    public void setDeleteFileAfter(Integer deleteFileAfter) {
        this.deleteFileAfter = deleteFileAfter;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getHoldCaseRef() {
        return holdCaseRef;
    }

    public void setHoldCaseRef(String holdCaseRef) {
        this.holdCaseRef = holdCaseRef;
    }

    public String getHoldKind() {
        return holdKind;
    }

    public void setHoldKind(String holdKind) {
        this.holdKind = holdKind;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }

    public String getReleaseReason() {
        return releaseReason;
    }

    public void setReleaseReason(String releaseReason) {
        this.releaseReason = releaseReason;
    }

    public String getRunReason() {
        return runReason;
    }

    public void setRunReason(String runReason) {
        this.runReason = runReason;
    }
}
