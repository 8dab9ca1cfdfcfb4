package fr.vigie.inspections.web;

import fr.vigie.inspections.api.FindingSeverity;
import fr.vigie.inspections.application.InspectionFile;
import fr.vigie.inspections.application.InspectionHandling;
import fr.vigie.inspections.application.InspectionQueries;
import fr.vigie.inspections.application.ReferenceData;
import fr.vigie.inspections.domain.Article;
import fr.vigie.inspections.domain.InspectionException;
import fr.vigie.inspections.domain.InspectionReference;
import fr.vigie.inspections.domain.Outcome;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.web.LinkedCase;
import fr.vigie.platform.api.web.LinkedCaseContribution;
import fr.vigie.platform.api.web.LinkedCases;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.primefaces.model.file.UploadedFile;

/**
 * An inspection's file and the acts on it. The buttons are the acts the aggregate allows the
 * current user now ({@link InspectionFile#acts()}). Each act sends the version shown: if someone
 * changed the inspection meanwhile, it is refused with a conflict message, the dialog keeps what
 * was typed, and "reload" fetches the new version.
 */
@Named("inspectionFile")
@ViewScoped
public class InspectionFileBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient InspectionQueries queries;

    @Inject
    transient InspectionHandling handling;

    @Inject
    transient ReferenceData referenceData;

    @Inject
    transient Instance<LinkedCaseContribution> linkedCaseSources;

    private transient List<LinkedCase> linkedCases;

    private String reference;
    private InspectionFile file;
    private List<DocumentInfo> documents = List.of();
    private boolean conflict;
    private final ActForm form = new ActForm();

    /** View action: loads the inspection named in the URL; an unknown one is a 404. */
    public void load() throws IOException {
        try {
            reload();
        } catch (NotFoundException | InspectionException e) {
            // The error page's dispatch releases this request's FacesContext: keep it to end the response.
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    public void reload() {
        linkedCases = null;
        file = queries.file(reference);
        documents = queries.documents(reference);
        conflict = false;
    }

    // ---------------------------------------------------------------- acts

    public void prepare() {
        act(
                "prepareForm",
                () -> handling.prepare(ref(), file.version(), form.lead, members(), form.place, form.visitDate));
    }

    public void signMissionOrder() {
        act(null, () -> handling.signMissionOrder(ref(), file.version()));
    }

    public void conduct() {
        act("conductForm", () -> handling.conduct(ref(), file.version(), form.conductedOn));
    }

    public void writeMinutes() {
        act("minutesForm", () -> handling.writeMinutes(ref(), file.version(), form.peopleMet, form.minutesText));
    }

    public void addFinding() {
        act(
                "findingForm",
                () -> handling.addFinding(
                        ref(),
                        file.version(),
                        form.article,
                        form.severity == null ? null : form.severity.name(),
                        form.description,
                        form.evidence == null
                                ? List.of()
                                : form.evidence.stream().map(UUID::fromString).toList(),
                        Reason.optional(form.reason)));
    }

    public void removeFinding(long findingId) {
        act(null, () -> handling.removeFinding(ref(), file.version(), findingId));
    }

    public void attachEvidence() {
        act("evidenceForm", () -> {
            UploadedFile upload = requireUpload();
            handling.attachEvidence(
                    ref(), file.version(), upload.getFileName(), new ByteArrayInputStream(upload.getContent()));
        });
    }

    public void notifyMinutes() {
        act(null, () -> handling.notifyMinutes(ref(), file.version()));
    }

    public void addAddendum() {
        act(
                "addendumForm",
                () -> handling.addAddendum(ref(), file.version(), Reason.optional(form.reason), form.addendumText));
    }

    public void recordObservations() {
        act("observationsForm", () -> {
            UploadedFile upload = requireUpload();
            handling.recordObservations(
                    ref(),
                    file.version(),
                    form.receivedOn,
                    upload.getFileName(),
                    new ByteArrayInputStream(upload.getContent()));
        });
    }

    public void recordPeriodElapsed() {
        act(null, () -> handling.recordPeriodElapsed(ref(), file.version()));
    }

    public void close() {
        act(
                "closeForm",
                () -> handling.close(
                        ref(),
                        file.version(),
                        form.outcome == null ? null : form.outcome.name(),
                        Reason.optional(form.reason)));
    }

    /** Clears the dialog's inputs before it opens (not after a refusal: the user keeps what they typed). */
    public void prepareDialog() {
        form.clear();
        if (file != null) {
            form.lead = file.lead();
            form.members = file.members() == null ? null : String.join(", ", file.members());
            form.place = file.missionOrder().place();
            form.visitDate = file.missionOrder().visitDate() == null
                    ? LocalDate.now().plusWeeks(1)
                    : file.missionOrder().visitDate();
            form.peopleMet = file.minutes().peopleMet();
            form.minutesText = file.minutes().text();
            form.conductedOn = LocalDate.now();
            form.receivedOn = LocalDate.now();
        }
    }

    private UploadedFile requireUpload() {
        if (form.upload == null || form.upload.getSize() == 0) {
            throw InspectionException.onField("file", "document.required");
        }
        return form.upload;
    }

    private Set<String> members() {
        Set<String> members = new LinkedHashSet<>();
        if (form.members != null) {
            Arrays.stream(form.members.split("[,;\\s]+"))
                    .filter(s -> !s.isBlank())
                    .forEach(members::add);
        }
        return members;
    }

    /** The inspection of this page, as the services name it (a malformed one is refused with the act). */
    private InspectionReference ref() {
        return new InspectionReference(reference);
    }

    private void act(String formId, Runnable change) {
        if (Pages.ACTS.run(formId, change, () -> conflict = true)) {
            reload();
        }
    }

    // ---------------------------------------------------------------- what the page shows

    /** Whether the current user may do {@code act} now (asked of the aggregate, never decided here). */
    public boolean may(String act) {
        return file != null && file.may(act);
    }

    public List<DocumentInfo> getDocuments() {
        return documents;
    }

    public List<Article> getArticles() {
        return referenceData.articles().stream().filter(Article::active).toList();
    }

    public FindingSeverity[] getSeverities() {
        return FindingSeverity.values();
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    /** The complaint this inspection comes from, as a link target in the complaints module. */
    public String getOriginComplaint() {
        if (file == null || file.originCase() == null || !file.originCase().startsWith("complaints:")) {
            return null;
        }
        return file.originCase().substring("complaints:".length());
    }

    /**
     * The cases opened from this inspection by other modules (a formal notice, a sanction case and
     * its decision), through the platform's extension point.
     */
    public List<LinkedCase> getLinkedCases() {
        if (linkedCases == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale locale = faces == null || faces.getViewRoot() == null
                    ? Locale.FRENCH
                    : faces.getViewRoot().getLocale();
            linkedCases = LinkedCases.chainOf(CaseRef.parse(getCaseRef()), linkedCaseSources, locale);
        }
        return linkedCases;
    }

    public String getCaseRef() {
        return "inspections:" + reference;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public InspectionFile getFile() {
        return file;
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
        private String lead;
        private String members;
        private String place;
        private LocalDate visitDate;
        private LocalDate conductedOn;
        private String peopleMet;
        private String minutesText;
        private String article;
        private FindingSeverity severity;
        private String description;
        private List<String> evidence = new ArrayList<>();
        private String reason;
        private String addendumText;
        private LocalDate receivedOn;
        private transient UploadedFile upload;
        private Outcome outcome;

        void clear() {
            lead = null;
            members = null;
            place = null;
            visitDate = null;
            conductedOn = null;
            peopleMet = null;
            minutesText = null;
            article = null;
            severity = null;
            description = null;
            evidence = new ArrayList<>();
            reason = null;
            addendumText = null;
            receivedOn = null;
            upload = null;
            outcome = null;
        }

        public String getLead() {
            return lead;
        }

        public void setLead(String lead) {
            this.lead = lead;
        }

        public String getMembers() {
            return members;
        }

        public void setMembers(String members) {
            this.members = members;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public LocalDate getVisitDate() {
            return visitDate;
        }

        public void setVisitDate(LocalDate visitDate) {
            this.visitDate = visitDate;
        }

        public LocalDate getConductedOn() {
            return conductedOn;
        }

        public void setConductedOn(LocalDate conductedOn) {
            this.conductedOn = conductedOn;
        }

        public String getPeopleMet() {
            return peopleMet;
        }

        public void setPeopleMet(String peopleMet) {
            this.peopleMet = peopleMet;
        }

        public String getMinutesText() {
            return minutesText;
        }

        public void setMinutesText(String minutesText) {
            this.minutesText = minutesText;
        }

        public String getArticle() {
            return article;
        }

        public void setArticle(String article) {
            this.article = article;
        }

        public FindingSeverity getSeverity() {
            return severity;
        }

        public void setSeverity(FindingSeverity severity) {
            this.severity = severity;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public List<String> getEvidence() {
            return evidence;
        }

        public void setEvidence(List<String> evidence) {
            this.evidence = evidence;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getAddendumText() {
            return addendumText;
        }

        public void setAddendumText(String addendumText) {
            this.addendumText = addendumText;
        }

        public LocalDate getReceivedOn() {
            return receivedOn;
        }

        public void setReceivedOn(LocalDate receivedOn) {
            this.receivedOn = receivedOn;
        }

        public UploadedFile getUpload() {
            return upload;
        }

        public void setUpload(UploadedFile upload) {
            this.upload = upload;
        }

        public Outcome getOutcome() {
            return outcome;
        }

        public void setOutcome(Outcome outcome) {
            this.outcome = outcome;
        }
    }
}
