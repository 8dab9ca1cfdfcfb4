package fr.vigie.sanctions.web;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.sanctions.application.CaseFile;
import fr.vigie.sanctions.application.SanctionProcedure;
import fr.vigie.sanctions.application.SanctionQueries;
import fr.vigie.sanctions.application.SanctionReasons;
import fr.vigie.sanctions.domain.AppealOutcome;
import fr.vigie.sanctions.domain.CaseAct;
import fr.vigie.sanctions.domain.SanctionReference;
import fr.vigie.sanctions.domain.SanctionsException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;

/**
 * The procedure file: the case, its timeline, parties, documents and file index, the clocks
 * (platform component), and the acts the current user may do now (asked of the case), each in
 * one dialog asking for what the act needs. Voting and the decision are on the deliberation page.
 */
@Named("caseFile")
@ViewScoped
public class CaseFileBean implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Acts done on the deliberation page, not in the dialog (package-private: the page test reads it). */
    static final Set<CaseAct> ON_DELIBERATION_PAGE = Set.of(CaseAct.VOTE, CaseAct.ADOPT_DECISION, CaseAct.DECIDE_ALONE);

    @Inject
    transient SanctionQueries queries;

    @Inject
    transient SanctionProcedure procedure;

    private String reference;
    private CaseFile file;
    private CaseAct act;
    private boolean conflict;
    private String reason;
    private String rapporteur;
    private Integer days;
    private LocalDate date;
    private String summary;
    private boolean flag;
    private String attendance;
    private String minutes;
    private String members;
    private String outcome;
    private String authority;
    private String title;
    private String documentId;
    private String publicVersionId;
    private String audience = "ORGANISATION";
    private transient UploadedFile upload;

    /** View action: loads the file named in the URL; an unknown one is a 404. */
    public void load() {
        try {
            file = queries.caseFile(reference);
        } catch (NotFoundException e) {
            // The error page's dispatch releases this request's FacesContext: keep it to end the response.
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, e.getMessage());
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            faces.responseComplete();
            return;
        }
        conflict = false;
    }

    /** The acts shown as dialog buttons. */
    public List<CaseAct> dialogActs() {
        return file.acts().stream()
                .filter(a -> !ON_DELIBERATION_PAGE.contains(a))
                .sorted()
                .toList();
    }

    /** True when the deliberation page has something for the current user. */
    public boolean deliberationOpen() {
        return file.acts().stream().anyMatch(ON_DELIBERATION_PAGE::contains);
    }

    public void open(CaseAct chosen) {
        this.act = chosen;
        this.reason = null;
        this.summary = null;
        this.date = null;
        this.days = null;
        this.flag = false;
    }

    public void perform() {
        if (Pages.ACTS.run("actForm", () -> perform(act, file.version()), () -> conflict = true)) {
            load();
        }
    }

    /** Does {@code chosen} through the application service, with what its dialog asked. */
    private void perform(CaseAct chosen, long v) {
        SanctionReference reference = SanctionReference.of(this.reference);
        switch (chosen) {
            case REFER -> procedure.refer(reference, v, SanctionReasons.required(reason));
            case APPOINT_RAPPORTEUR -> procedure.appointRapporteur(reference, v, rapporteur);
            case CHOOSE_SIMPLIFIED -> procedure.chooseSimplified(reference, v, SanctionReasons.required(reason));
            case SWITCH_TO_ORDINARY -> procedure.switchToOrdinary(reference, v, SanctionReasons.required(reason));
            case NOTIFY_REPORT -> procedure.notifyReport(reference, v);
            case EXTEND_REPLY ->
                procedure.extendReply(reference, v, days == null ? 0 : days, SanctionReasons.forExtension(reason));
            case RECORD_REPLY -> procedure.recordReply(reference, v, date);
            case ANSWER -> procedure.answer(reference, v, summary);
            case DECLINE_ANSWER -> procedure.declineAnswer(reference, v);
            case SCHEDULE_HEARING -> procedure.scheduleHearing(reference, v, date, flag);
            case HOLD_HEARING -> procedure.holdHearing(reference, v, attendance, minutes);
            case OPEN_DELIBERATION -> procedure.openDeliberation(reference, v, memberSet());
            case NOTIFY_DECISION -> procedure.notifyDecision(reference, v);
            case RECORD_APPEAL -> procedure.recordAppeal(reference, v, date);
            case RECORD_APPEAL_OUTCOME ->
                procedure.recordAppealOutcome(
                        reference, v, outcome == null ? null : AppealOutcome.valueOf(outcome), summary);
            case PUBLISH -> procedure.publish(reference, v, date);
            case RECORD_PENALTY -> procedure.accruePenalty(reference, v, date, flag);
            case SHARE_ART60_DRAFT -> procedure.shareDraftDecision(reference, v);
            case RECORD_OBJECTION -> procedure.recordObjection(reference, v, authority, summary);
            case FLAG_ART65 -> procedure.flagForArt65(reference, v, SanctionReasons.required(reason));
            case ADD_TO_FILE ->
                procedure.addToFile(reference, v, title, documentId, flag, publicVersionId, audience, date);
            default -> throw new IllegalArgumentException(chosen.name());
        }
    }

    private Set<String> memberSet() {
        return members == null
                ? Set.of()
                : Arrays.stream(members.split("[,;\\s]+"))
                        .filter(s -> !s.isBlank())
                        .collect(Collectors.toSet());
    }

    /** Attaches the chosen file to the case; the documents list and the file index dialog then offer it. */
    public void attach() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw SanctionsException.onField("file", "document.required");
            }
            procedure.attachDocument(
                    SanctionReference.of(reference),
                    file.version(),
                    upload.getFileName(),
                    new ByteArrayInputStream(upload.getContent()));
            Pages.MESSAGES.info("document.attached", upload.getFileName());
            upload = null;
            load();
        } catch (ConflictException e) {
            conflict = true;
            Pages.MESSAGES.refused(e, "uploadForm");
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "uploadForm");
        }
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public void reload() {
        load();
    }

    public boolean asks(String field) {
        if (act == null) {
            return false;
        }
        return switch (field) {
            case "reason" ->
                Set.of(
                                CaseAct.REFER,
                                CaseAct.CHOOSE_SIMPLIFIED,
                                CaseAct.SWITCH_TO_ORDINARY,
                                CaseAct.EXTEND_REPLY,
                                CaseAct.FLAG_ART65)
                        .contains(act);
            case "rapporteur" -> act == CaseAct.APPOINT_RAPPORTEUR;
            case "days" -> act == CaseAct.EXTEND_REPLY;
            case "date" ->
                Set.of(
                                CaseAct.RECORD_REPLY,
                                CaseAct.SCHEDULE_HEARING,
                                CaseAct.RECORD_APPEAL,
                                CaseAct.PUBLISH,
                                CaseAct.RECORD_PENALTY,
                                CaseAct.ADD_TO_FILE)
                        .contains(act);
            case "summary" ->
                Set.of(CaseAct.ANSWER, CaseAct.RECORD_APPEAL_OUTCOME, CaseAct.RECORD_OBJECTION)
                        .contains(act);
            case "flag" ->
                Set.of(CaseAct.SCHEDULE_HEARING, CaseAct.RECORD_PENALTY, CaseAct.ADD_TO_FILE)
                        .contains(act);
            case "hearing" -> act == CaseAct.HOLD_HEARING;
            case "members" -> act == CaseAct.OPEN_DELIBERATION;
            case "outcome" -> act == CaseAct.RECORD_APPEAL_OUTCOME;
            case "authority" -> act == CaseAct.RECORD_OBJECTION;
            case "file" -> act == CaseAct.ADD_TO_FILE;
            default -> false;
        };
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getCaseRef() {
        return "sanctions:" + reference;
    }

    public CaseFile getFile() {
        return file;
    }

    public CaseAct getAct() {
        return act;
    }

    public boolean isConflict() {
        return conflict;
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

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isFlag() {
        return flag;
    }

    public void setFlag(boolean flag) {
        this.flag = flag;
    }

    public String getAttendance() {
        return attendance;
    }

    public void setAttendance(String attendance) {
        this.attendance = attendance;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }

    public String getPublicVersionId() {
        return publicVersionId;
    }

    public void setPublicVersionId(String publicVersionId) {
        this.publicVersionId = publicVersionId;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }
}
