package fr.vigie.complaints.web;

import fr.vigie.complaints.api.ComplaintsModule;
import fr.vigie.complaints.application.ComplaintFile;
import fr.vigie.complaints.application.ComplaintHandling;
import fr.vigie.complaints.application.ComplaintLinking;
import fr.vigie.complaints.application.ComplaintQueries;
import fr.vigie.complaints.application.LinkView;
import fr.vigie.complaints.application.Workload;
import fr.vigie.complaints.domain.ComplaintReference;
import fr.vigie.complaints.domain.Outcome;
import fr.vigie.complaints.domain.PriorityLevel;
import fr.vigie.complaints.domain.Qualification;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.access.ReadAccessLog;
import fr.vigie.platform.api.access.ReadKind;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.api.web.LinkedCase;
import fr.vigie.platform.api.web.LinkedCaseContribution;
import fr.vigie.platform.api.web.LinkedCases;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A complaint's file and the acts on it. Each act sends the version shown on the page: if
 * someone changed the complaint meanwhile, the act is refused with a conflict message, the
 * dialog keeps what the user typed, and "reload" fetches the new version so that the user can
 * check and confirm again.
 */
@Named("complaintFile")
@ViewScoped
public class ComplaintFileBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplaintQueries queries;

    @Inject
    transient ComplaintHandling handling;

    @Inject
    transient ComplaintLinking linking;

    @Inject
    transient CurrentUser currentUser;

    /** Opening the file is recorded in the read-access log (the complainant's personal data). */
    @Inject
    transient ReadAccessLog readLog;

    /** Other modules' cases opened from this complaint (e.g. the inspection it was referred to). */
    @Inject
    transient Instance<LinkedCaseContribution> linkedCaseSources;

    private String reference;
    private ComplaintFile file;
    private List<LinkView> links;
    private boolean similarFactsPending;
    /** The outcomes the complaint may be closed with now: the close dialog offers these only. */
    private List<Outcome> closingOutcomes = List.of();

    private List<DocumentInfo> documents = List.of();
    /** Read when the page renders (its language is known then), again after a reload. */
    private transient List<LinkedCase> linkedCases;

    private boolean conflict;
    private final ActForm form = new ActForm();

    /** View action: loads the complaint named in the URL; an unknown one is a 404. */
    public void load() throws IOException {
        try {
            reload();
            readLog.recordRead(new CaseRef(ComplaintsModule.NAME, reference), ReadKind.FILE_OPENED, null);
        } catch (NotFoundException e) {
            // The error page's dispatch releases this request's FacesContext: keep it to end the response.
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    public void reload() {
        file = queries.file(reference);
        links = queries.links(reference);
        similarFactsPending = queries.similarFactsSearchPending(reference);
        closingOutcomes = queries.closingOutcomes(reference);
        documents = queries.documents(reference);
        linkedCases = null;
        conflict = false;
    }

    // ---------------------------------------------------------------- acts

    public void acknowledge() {
        act(null, () -> handling.acknowledge(ref(), file.version()));
    }

    public void qualify() {
        act("qualifyForm", () -> {
            Qualification qualification =
                    new Qualification(form.admissible, form.competent, form.crossBorder, form.leadAuthority);
            handling.qualify(ref(), file.version(), qualification, Reason.of(form.reason));
        });
    }

    public void assign() {
        act("assignForm", () -> handling.assign(ref(), file.version(), form.assignee, Reason.of(form.reason)));
    }

    public void startInstruction() {
        act(null, () -> handling.startInstruction(ref(), file.version()));
    }

    public void inform() {
        act("informForm", () -> handling.informComplainant(ref(), file.version(), form.summary));
    }

    public void sendRequest() {
        act("requestForm", () -> handling.sendRequest(ref(), file.version(), form.questions));
    }

    public void decidePriority() {
        act(
                "priorityForm",
                () -> handling.decidePriority(ref(), file.version(), form.priority, Reason.optional(form.reason)));
    }

    public void close() {
        act("closeForm", () -> handling.close(ref(), file.version(), form.outcome, Reason.of(form.reason)));
    }

    public void reopen() {
        act("reopenForm", () -> handling.reopen(ref(), file.version(), Reason.of(form.reason)));
    }

    public void link() {
        act("linkForm", () -> {
            Reason reason = Reason.of(form.reason);
            linking.link(ref(), ComplaintReference.parse(form.other, "other"), reason);
        });
    }

    public void suggest() {
        act(null, () -> linking.suggest(ref()));
    }

    public void confirmLink(LinkView link) {
        act(null, () -> linking.confirm(link.id(), link.version(), null));
    }

    public void rejectLink() {
        act("rejectForm", () -> linking.reject(form.linkId, form.linkVersion, Reason.of(form.reason)));
    }

    public void prepareReject(LinkView link) {
        form.linkId = link.id();
        form.linkVersion = link.version();
        form.reason = null;
    }

    /** Clears the dialog's inputs before it opens (not after a refusal: the user keeps what they typed). */
    public void prepare() {
        form.clear();
        if (file != null && file.priority().decided() == null) {
            form.priority = PriorityLevel.valueOf(file.priority().proposed());
        }
    }

    /** The complaint of the page, as the use cases name it (the page was loaded: the reference is valid). */
    private ComplaintReference ref() {
        return new ComplaintReference(reference);
    }

    /** Runs an act of the page (also the cross-border panel's) and reloads the file when it succeeded. */
    void act(String formId, Runnable change) {
        if (Pages.ACTS.run(formId, change, () -> conflict = true)) {
            reload();
        }
    }

    // ---------------------------------------------------------------- what the page shows

    public List<DocumentInfo> getDocuments() {
        return documents;
    }

    public boolean isHandler() {
        return currentUser.hasRole(Role.COMPLAINT_HANDLER);
    }

    /**
     * Whether the page offers the act, named as a {@code ComplaintAct}: the file says which acts the
     * complaint allows the user now, the page decides nothing itself.
     */
    public boolean may(String act) {
        return file != null && file.acts().contains(act);
    }

    public List<Workload> getWorkload() {
        return queries.workload();
    }

    public List<Outcome> getOutcomes() {
        return closingOutcomes;
    }

    public PriorityLevel[] getPriorities() {
        return PriorityLevel.values();
    }

    public String getCaseRef() {
        return "complaints:" + reference;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public ComplaintFile getFile() {
        return file;
    }

    public List<LinkedCase> getLinkedCases() {
        if (linkedCases == null) {
            CaseRef complaint = CaseRef.parse(getCaseRef());
            linkedCases = LinkedCases.chainOf(complaint, linkedCaseSources, locale());
        }
        return linkedCases;
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.FRENCH
                : faces.getViewRoot().getLocale();
    }

    /** The similar-facts search of a new complaint runs just after its intake: its suggestions may follow. */
    public boolean isSimilarFactsPending() {
        return similarFactsPending;
    }

    public List<LinkView> getLinks() {
        return links;
    }

    public boolean isConflict() {
        return conflict;
    }

    public ActForm getForm() {
        return form;
    }

    /** The inputs of the act dialogs. */
    public static class ActForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private boolean admissible = true;
        private boolean competent = true;
        private boolean crossBorder;
        private String leadAuthority;
        private String assignee;
        private String reason;
        private String summary;
        private String questions;
        private Outcome outcome;
        private PriorityLevel priority;
        private String other;
        private long linkId;
        private long linkVersion;
        private LocalDate answeredOn;

        void clear() {
            admissible = true;
            competent = true;
            crossBorder = false;
            leadAuthority = null;
            assignee = null;
            reason = null;
            summary = null;
            questions = null;
            outcome = null;
            priority = null;
            other = null;
        }

        public boolean isAdmissible() {
            return admissible;
        }

        public void setAdmissible(boolean admissible) {
            this.admissible = admissible;
        }

        public boolean isCompetent() {
            return competent;
        }

        public void setCompetent(boolean competent) {
            this.competent = competent;
        }

        public boolean isCrossBorder() {
            return crossBorder;
        }

        public void setCrossBorder(boolean crossBorder) {
            this.crossBorder = crossBorder;
        }

        public String getLeadAuthority() {
            return leadAuthority;
        }

        public void setLeadAuthority(String leadAuthority) {
            this.leadAuthority = leadAuthority;
        }

        public String getAssignee() {
            return assignee;
        }

        public void setAssignee(String assignee) {
            this.assignee = assignee;
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

        public String getQuestions() {
            return questions;
        }

        public void setQuestions(String questions) {
            this.questions = questions;
        }

        public Outcome getOutcome() {
            return outcome;
        }

        public void setOutcome(Outcome outcome) {
            this.outcome = outcome;
        }

        public PriorityLevel getPriority() {
            return priority;
        }

        public void setPriority(PriorityLevel priority) {
            this.priority = priority;
        }

        public String getOther() {
            return other;
        }

        public void setOther(String other) {
            this.other = other;
        }

        public LocalDate getAnsweredOn() {
            return answeredOn;
        }

        public void setAnsweredOn(LocalDate answeredOn) {
            this.answeredOn = answeredOn;
        }
    }
}
