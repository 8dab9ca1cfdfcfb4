package fr.vigie.crossborder.web;

import fr.vigie.crossborder.application.CaseFile;
import fr.vigie.crossborder.application.CrossBorderHandling;
import fr.vigie.crossborder.application.CrossBorderQueries;
import fr.vigie.crossborder.domain.CaseDocument;
import fr.vigie.crossborder.domain.CrossBorderAct;
import fr.vigie.crossborder.domain.CrossBorderCaseId;
import fr.vigie.crossborder.domain.CrossBorderException;
import fr.vigie.crossborder.domain.SupervisoryAuthority;
import fr.vigie.crossborder.domain.Transmission;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.platform.api.Reason;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * A cross-border case's file and the acts on it. The buttons are the acts the case allows now
 * ({@link CaseFile#acts()}, asked of the aggregate); each opens one dialog asking what that act
 * needs (its day, the authority, the complaint, the reason), and sends the version shown: if someone
 * changed the case meanwhile, it is refused with a conflict message and "reload" fetches it again.
 */
@Named("crossBorderFile")
@ViewScoped
public class CrossBorderFileBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CrossBorderQueries queries;

    @Inject
    transient CrossBorderHandling handling;

    private String reference;
    private CaseFile file;
    private boolean conflict;

    // the act dialog
    private String act;
    private Integer months;
    private LocalDate date;
    private String authority;
    private String complaint;
    private String reason;

    // the document dialogs
    private String documentTitle;
    private String confidentiality;
    private Integer versionOf;
    private Integer documentNumber;
    private String recipient;
    private transient UploadedFile upload;

    /** View action: loads the case named in the URL; an unknown one is a 404. */
    public void load() throws IOException {
        try {
            reload();
        } catch (NotFoundException | CrossBorderException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    public void reload() {
        file = queries.file(reference);
        conflict = false;
    }

    /** Prepares the dialog for {@code actName} (an enum name of {@link CrossBorderAct}). */
    public void choose(String actName) {
        act = actName;
        date = null;
        authority = null;
        complaint = null;
        reason = null;
    }

    /** Files the uploaded document in the version chosen. */
    public void fileDocument() {
        CrossBorderCaseId id = new CrossBorderCaseId(reference);
        long version = file.version();
        if (Pages.ACTS.run(
                "documentForm",
                () -> {
                    if (upload == null || upload.getSize() == 0) {
                        throw CrossBorderException.onField("file", "crossborder.document.fileRequired");
                    }
                    handling.fileDocument(
                            id,
                            version,
                            documentTitle,
                            confidentiality == null || confidentiality.isBlank()
                                    ? null
                                    : CaseDocument.Confidentiality.valueOf(confidentiality),
                            versionOf,
                            date,
                            upload.getFileName(),
                            new ByteArrayInputStream(upload.getContent()));
                },
                () -> conflict = true)) {
            reload();
        }
    }

    /** Records that the document chosen was sent to the recipient chosen. */
    public void recordSent() {
        CrossBorderCaseId id = new CrossBorderCaseId(reference);
        long version = file.version();
        if (Pages.ACTS.run(
                "sentForm",
                () -> handling.recordDocumentSent(
                        id,
                        version,
                        documentNumber == null ? 0 : documentNumber,
                        recipient == null || recipient.isBlank() ? null : Transmission.Recipient.valueOf(recipient),
                        authority == null || authority.isBlank()
                                ? null
                                : SupervisoryAuthority.ofCountry(authority).orElse(null),
                        date),
                () -> conflict = true)) {
            reload();
        }
    }

    /** Empties the document dialogs. */
    public void newDocumentDialog() {
        documentTitle = null;
        confidentiality = null;
        versionOf = null;
        documentNumber = null;
        recipient = null;
        authority = null;
        date = null;
        upload = null;
    }

    public List<Transmission.Recipient> getRecipients() {
        return List.of(Transmission.Recipient.values());
    }

    /** The authorities a document can be sent to: the lead and those concerned, the CNIL excepted. */
    public List<String> getCaseAuthorities() {
        if (file == null) {
            return List.of();
        }
        java.util.List<String> all = new java.util.ArrayList<>(file.concerned());
        all.add(file.lead());
        all.remove("FR");
        return all.stream().distinct().sorted().toList();
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public String getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(String confidentiality) {
        this.confidentiality = confidentiality;
    }

    public Integer getVersionOf() {
        return versionOf;
    }

    public void setVersionOf(Integer versionOf) {
        this.versionOf = versionOf;
    }

    public Integer getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(Integer documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    /** Does the act chosen, with what the dialog asked. */
    public void perform() {
        CrossBorderAct chosen = CrossBorderAct.valueOf(act);
        CrossBorderCaseId id = new CrossBorderCaseId(reference);
        long version = file.version();
        if (Pages.ACTS.run(
                "actForm",
                () -> {
                    switch (chosen) {
                        case JOIN_COMPLAINT ->
                            handling.joinComplaint(id, version, complaintRef(), Reason.optional(reason));
                        case ADD_CONCERNED_AUTHORITY -> handling.addConcernedAuthority(id, version, authority());
                        case EXTEND_INVESTIGATION_DEADLINE ->
                            handling.extendInvestigationDeadline(id, version, months, date, reason);
                        default -> handling.act(id, version, chosen, date, authority(), reason);
                    }
                },
                () -> conflict = true)) {
            reload();
        }
    }

    private SupervisoryAuthority authority() {
        if (authority == null || authority.isBlank()) {
            if (needsAuthority()) {
                throw CrossBorderException.onField("authority", "crossborder.authority.unknown", "");
            }
            return null;
        }
        return SupervisoryAuthority.ofCountry(authority)
                .orElseThrow(
                        () -> CrossBorderException.onField("authority", "crossborder.authority.unknown", authority));
    }

    private CaseRef complaintRef() {
        if (complaint == null || complaint.isBlank()) {
            throw CrossBorderException.onField("complaint", "crossborder.complaint.notAComplaint", "");
        }
        String text = complaint.strip();
        try {
            return CaseRef.parse(text.contains(":") ? text : "complaints:" + text);
        } catch (fr.vigie.platform.api.DomainException e) {
            throw CrossBorderException.onField("complaint", "crossborder.complaint.notAComplaint", text);
        }
    }

    // ---------------------------------------------------------------- what the page shows

    /** The acts possible now, as enum names (the bundle's {@code act.*} keys). */
    public List<String> getActs() {
        return file == null
                ? List.of()
                : file.acts().stream()
                        .map(CrossBorderAct::ofPath)
                        .map(Enum::name)
                        .toList();
    }

    public boolean needsDate() {
        return act != null
                && !act.equals(CrossBorderAct.JOIN_COMPLAINT.name())
                && !act.equals(CrossBorderAct.ADD_CONCERNED_AUTHORITY.name());
    }

    public boolean needsAuthority() {
        return CrossBorderAct.RECORD_OBJECTION.name().equals(act)
                || CrossBorderAct.ADD_CONCERNED_AUTHORITY.name().equals(act);
    }

    public boolean needsMonths() {
        return CrossBorderAct.EXTEND_INVESTIGATION_DEADLINE.name().equals(act);
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public boolean needsComplaint() {
        return CrossBorderAct.JOIN_COMPLAINT.name().equals(act);
    }

    public boolean needsReason() {
        return act != null && CrossBorderAct.valueOf(act).reasonRequired();
    }

    /** The authorities the dialog offers: those that may object now, or any other than the lead. */
    public List<SupervisoryAuthority> getAuthorityChoices() {
        if (file == null) {
            return List.of();
        }
        if (CrossBorderAct.RECORD_OBJECTION.name().equals(act)) {
            return file.objectionsFrom().stream()
                    .map(SupervisoryAuthority::valueOf)
                    .toList();
        }
        return java.util.Arrays.stream(SupervisoryAuthority.values())
                .filter(a -> !a.name().equals(file.lead()) && !file.concerned().contains(a.name()))
                .toList();
    }

    /**
     * The change an act made, as a person reads it: stages and procedures by their names, documents by
     * their number (their version and recipient are in the documents section), other values as kept.
     */
    public String change(CaseFile.HistoryRow row) {
        return switch (row.field()) {
            case "stage" ->
                (row.before() == null ? "" : Pages.MESSAGES.text("stage." + row.before()) + " → ")
                        + Pages.MESSAGES.text("stage." + row.after());
            case "procedure" -> Pages.MESSAGES.text("procedure." + row.after());
            case "document", "sent" -> Pages.MESSAGES.text("file.documentNumber", firstWord(row.after()));
            default -> row.after();
        };
    }

    private static String firstWord(String text) {
        return text == null ? "" : text.split(" ", 2)[0];
    }

    public String getCaseRef() {
        return "crossborder:" + reference;
    }

    /** The complaint's reference without its module, for the link to its file. */
    public String complaintReference(String caseRef) {
        return caseRef.substring(caseRef.indexOf(':') + 1);
    }

    public String authorityName(String iso) {
        return SupervisoryAuthority.ofCountry(iso)
                .map(SupervisoryAuthority::officialName)
                .orElse(iso);
    }

    public CaseFile getFile() {
        return file;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getAct() {
        return act;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getComplaint() {
        return complaint;
    }

    public void setComplaint(String complaint) {
        this.complaint = complaint;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
