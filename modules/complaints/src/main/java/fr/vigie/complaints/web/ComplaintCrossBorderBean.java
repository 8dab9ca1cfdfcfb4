package fr.vigie.complaints.web;

import fr.vigie.complaints.application.ComplaintCrossBorderHandling;
import fr.vigie.complaints.application.ComplaintFile;
import fr.vigie.complaints.domain.Art4Information;
import fr.vigie.complaints.domain.ComplaintReference;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The cross-border panel of a complaint's file (Regulation (EU) 2025/2518 Art. 4): its acts, each
 * shown when the file lists it ({@link #allows}), run through the file page's bean so that a conflict or a
 * refusal is shown the same way and the file reloads after each act.
 */
@Named("complaintCrossBorder")
@ViewScoped
public class ComplaintCrossBorderBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintFileBean page;

    @Inject
    transient ComplaintCrossBorderHandling handling;

    private Art4Information[] missing = new Art4Information[0];
    private String reasons;
    private boolean crossBorder = true;
    private String presumedLead;
    private String reason;
    private String documents;

    /** The cross-border part of the file shown; null for a complaint not received as cross-border. */
    public ComplaintFile.CrossBorder getPart() {
        ComplaintFile file = page.getFile();
        return file == null ? null : file.crossBorder();
    }

    /** Whether the file lists this cross-border act as allowed now. */
    public boolean allows(String act) {
        ComplaintFile.CrossBorder part = getPart();
        return part != null && part.acts().contains(act);
    }

    /** Clears the dialogs' inputs before one opens; the assessment starts from the lead the complainant named. */
    public void prepare() {
        missing = new Art4Information[0];
        reasons = null;
        crossBorder = true;
        ComplaintFile.CrossBorder part = getPart();
        presumedLead = part == null ? null : part.presumedLead() != null ? part.presumedLead() : part.statedLead();
        reason = null;
        documents = null;
    }

    public void findAdmissible() {
        page.act(null, () -> handling.findAdmissible(ref(), version()));
    }

    public void declareInadmissible() {
        Set<Art4Information> items =
                missing.length == 0 ? EnumSet.noneOf(Art4Information.class) : EnumSet.copyOf(Arrays.asList(missing));
        page.act("xbInadmissibleForm", () -> handling.declareInadmissible(ref(), version(), items, reasons));
    }

    public void assess() {
        page.act("xbAssessForm", () -> handling.assess(ref(), version(), crossBorder, presumedLead, reason));
    }

    public void transmit() {
        List<String> others = documents == null
                ? List.of()
                : Arrays.stream(documents.split("\\R"))
                        .filter(d -> !d.isBlank())
                        .toList();
        page.act("xbTransmitForm", () -> handling.transmit(ref(), version(), others));
    }

    public void leadHere() {
        page.act(null, () -> handling.leadHere(ref(), version()));
    }

    private ComplaintReference ref() {
        return new ComplaintReference(page.getReference());
    }

    private long version() {
        return page.getFile().version();
    }

    public Art4Information[] getAllInformation() {
        return Art4Information.values();
    }

    public Art4Information[] getMissing() {
        return missing.clone();
    }

    public void setMissing(Art4Information[] missing) {
        this.missing = missing == null ? new Art4Information[0] : missing.clone();
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public boolean isCrossBorder() {
        return crossBorder;
    }

    public void setCrossBorder(boolean crossBorder) {
        this.crossBorder = crossBorder;
    }

    public String getPresumedLead() {
        return presumedLead;
    }

    public void setPresumedLead(String presumedLead) {
        this.presumedLead = presumedLead;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDocuments() {
        return documents;
    }

    public void setDocuments(String documents) {
        this.documents = documents;
    }
}
