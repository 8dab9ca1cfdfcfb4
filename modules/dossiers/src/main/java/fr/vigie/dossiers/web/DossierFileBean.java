package fr.vigie.dossiers.web;

import fr.vigie.dossiers.api.DossiersModule;
import fr.vigie.dossiers.application.DossierFile;
import fr.vigie.dossiers.application.DossierInstruction;
import fr.vigie.dossiers.application.DossierQueries;
import fr.vigie.dossiers.domain.DossierReference;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Reason;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.access.ReadAccessLog;
import fr.vigie.platform.api.access.ReadKind;
import fr.vigie.platform.api.document.DocumentInfo;
import fr.vigie.platform.api.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A dossier's file and the instructor's acts on it. The buttons are the acts the dossier allows the
 * reader now ({@link DossierFile#acts()}). Every act goes through one dialog that asks
 * for what the act needs (a reason, a date, an amount...) and sends the version shown: if someone
 * changed the dossier meanwhile, the act is refused with a conflict message, the dialog keeps
 * what was typed, and "reload" fetches the new version.
 */
@Named("dossierFile")
@ViewScoped
public class DossierFileBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DossierQueries queries;

    @Inject
    transient DossierInstruction instruction;

    @Inject
    transient CurrentUser currentUser;

    /** Opening the file is recorded in the read-access log (the applicant's personal data). */
    @Inject
    transient ReadAccessLog readLog;

    @Inject
    transient fr.vigie.dossiers.application.TacitOutcomes tacitOutcomes;

    private String reference;
    private DossierFile file;
    private List<DocumentInfo> documents;
    private boolean conflict;
    private String act;
    private String text;
    private String reason;
    private BigDecimal amount;
    private String currency = "EUR";
    private LocalDate date;

    /** View action: loads the dossier named in the URL; an unknown one is a 404. */
    public void load() throws IOException {
        if (isInstructor()) {
            DossierReference.parse(reference).ifPresent(tacitOutcomes::catchUp);
        }
        try {
            reload();
            readLog.recordRead(new CaseRef(DossiersModule.NAME, reference), ReadKind.FILE_OPENED, null);
        } catch (DomainException e) {
            // The error page's dispatch releases this request's FacesContext: keep it to end the response.
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    public void reload() {
        DossierReference ref = new DossierReference(reference);
        file = queries.file(ref);
        documents = queries.documents(ref);
        conflict = false;
    }

    public boolean isInstructor() {
        return currentUser.hasRole(Role.DOSSIER_INSTRUCTOR);
    }

    /**
     * Whether the reader may do {@code act} (a {@code DossierAct} name) now: asked of the dossier
     * through {@link DossierFile#acts()}, never decided here.
     */
    public boolean may(String act) {
        return file != null && file.may(act);
    }

    /** Opens the act's dialog with empty inputs (a date defaults to today). */
    public void open(String name) {
        act = name;
        text = null;
        reason = null;
        amount = null;
        currency = "EUR";
        date = "grant".equals(name) || "extendPermit".equals(name) ? null : LocalDate.now();
        if ("amend".equals(name) && file.permit() != null) {
            text = file.permit().conditions();
        }
    }

    /** Performs the open act. */
    public void confirm() {
        long version = file.version();
        DossierReference ref = new DossierReference(reference);
        boolean done = Pages.ACTS.run(
                "actForm",
                () -> {
                    switch (act) {
                        case "incomplete" -> instruction.declareIncomplete(ref, version, text);
                        case "complete" -> instruction.declareComplete(ref, version);
                        case "fee" -> instruction.estimateFee(ref, version, amount, currency);
                        case "acceptFee" -> instruction.acceptFee(ref, version);
                        case "withdraw" -> instruction.withdraw(ref, version, Reason.of(reason));
                        case "extendDecision" -> instruction.extendDecision(ref, version, Reason.of(reason));
                        case "grant" -> instruction.grant(ref, version, date, text);
                        case "refuse" -> instruction.refuse(ref, version, text);
                        case "publish" -> instruction.publishDecision(ref, version);
                        case "delivered" -> instruction.recordDelivery(ref, version, date);
                        case "available" -> instruction.recordAvailability(ref, version, date);
                        case "amend" -> instruction.amendPermit(ref, version, text, Reason.of(reason));
                        case "extendPermit" -> instruction.extendPermit(ref, version, date, Reason.of(reason));
                        case "expire" -> instruction.expirePermit(ref, version);
                        case "deletion" -> instruction.confirmDeletion(ref, version);
                        default -> throw new IllegalArgumentException("Unknown act " + act);
                    }
                },
                () -> conflict = true);
        if (done) {
            reload();
        }
    }

    /** The label key of the open act. */
    public String getActLabel() {
        return act == null ? "action.confirm" : "action." + act;
    }

    public boolean needs(String input) {
        if (act == null) {
            return false;
        }
        return switch (input) {
            case "missing" -> "incomplete".equals(act);
            case "reasons" -> "refuse".equals(act);
            case "conditions" -> "grant".equals(act) || "amend".equals(act);
            case "reason" ->
                Set.of("withdraw", "extendDecision", "amend", "extendPermit").contains(act);
            case "fee" -> "fee".equals(act);
            case "expiresOn" -> "grant".equals(act) || "extendPermit".equals(act);
            case "on" -> "delivered".equals(act) || "available".equals(act);
            default -> false;
        };
    }

    public String text(String key, Object arg) {
        return Pages.MESSAGES.text(key, arg);
    }

    public String progressText() {
        var p = file.progress();
        if (!p.started()) {
            return Pages.MESSAGES.text("file.progress.notStarted");
        }
        return Pages.MESSAGES.text(
                "file.progress.text", p.elapsedDays(), p.targetDays(), p.targetMonths(), p.targetOn());
    }

    public String persons() {
        return String.join(", ", file.application().namedPersons());
    }

    public String getCaseRef() {
        return file == null ? null : file.caseRef();
    }

    // ------------------------------------------------------------------ properties

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public DossierFile getFile() {
        return file;
    }

    public List<DocumentInfo> getDocuments() {
        return documents;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getAct() {
        return act;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
