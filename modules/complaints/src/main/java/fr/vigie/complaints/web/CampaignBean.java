package fr.vigie.complaints.web;

import fr.vigie.complaints.application.CampaignActions;
import fr.vigie.complaints.application.ComplaintQueries;
import fr.vigie.complaints.application.ComplaintSummary;
import fr.vigie.complaints.application.Workload;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.ComplaintStatus;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Reason;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A campaign (complaints on the same facts) handled as a group: the selected complaints are
 * assigned, informed or closed together, each through its own use case, so that each keeps its
 * own timeline, letters, clocks and audit entries; a complaint that cannot take the act is listed
 * with the reason, and the others go through.
 */
@Named("campaign")
@ViewScoped
public class CampaignBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplaintQueries queries;

    @Inject
    transient CampaignActions actions;

    private String code;
    private List<ComplaintSummary> members = List.of();
    private List<ComplaintSummary> selected = new ArrayList<>();
    private List<Workload> workload = List.of();
    private String handler;
    private String reason;
    private String summary;
    private String outcome;
    private String closeReason;

    /** View action: loads the campaign named in the URL, all its open complaints selected. */
    public void load() {
        members = queries.campaign(code);
        selected = new ArrayList<>(members.stream()
                .filter(m -> ComplaintStatus.valueOf(m.status()).isOpen())
                .toList());
        workload = queries.workload();
    }

    public void assignSelected() {
        run(
                versions -> actions.assignAll(
                        versions, CampaignActions.requireHandler(handler), Reason.of(reason), Pages.MESSAGES.locale()),
                "campaign.assigned",
                null);
    }

    public void informSelected() {
        run(versions -> actions.informAll(versions, summary, Pages.MESSAGES.locale()), "campaign.informed", null);
    }

    public void closeSelected() {
        Outcome chosen;
        try {
            chosen = outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        Outcome result = chosen;
        run(
                versions -> actions.closeAll(
                        versions,
                        CampaignActions.requireOutcome(result),
                        Reason.of(closeReason),
                        Pages.MESSAGES.locale()),
                "campaign.closed",
                "closeReason");
    }

    /** @param reasonField the input that holds the reason of this act (the form has one per act) */
    private void run(
            Function<Map<ComplaintReference, Long>, CampaignActions.Result> act, String doneKey, String reasonField) {
        Map<ComplaintReference, Long> versions = new LinkedHashMap<>();
        for (ComplaintSummary s : selected) {
            versions.put(new ComplaintReference(s.reference()), s.version());
        }
        try {
            CampaignActions.Result result = act.apply(versions);
            FacesContext faces = FacesContext.getCurrentInstance();
            if (!result.done().isEmpty()) {
                Pages.MESSAGES.info(doneKey, result.done().size());
            }
            result.refused().forEach((reference, why) -> {
                String text = Pages.MESSAGES.text("campaign.refused", reference, why);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
            });
            load();
        } catch (DomainException e) {
            if (reasonField != null && "reason".equals(e.field())) {
                String text = e.localizedMessage(Pages.MESSAGES.locale());
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.addMessage(
                        "campaignForm:" + reasonField, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                faces.validationFailed();
            } else {
                Pages.MESSAGES.refused(e, "campaignForm");
            }
        }
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<ComplaintSummary> getMembers() {
        return members;
    }

    public List<ComplaintSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<ComplaintSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<Workload> getWorkload() {
        return workload;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
