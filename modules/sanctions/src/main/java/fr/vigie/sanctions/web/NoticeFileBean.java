package fr.vigie.sanctions.web;

import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.NotFoundException;
import fr.vigie.sanctions.application.FormalNotices;
import fr.vigie.sanctions.application.NoticeFile;
import fr.vigie.sanctions.application.SanctionQueries;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/** A formal notice's file and the president's acts on it, each in one dialog asking for what the act needs. */
@Named("noticeFile")
@ViewScoped
public class NoticeFileBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SanctionQueries queries;

    @Inject
    transient FormalNotices notices;

    private String reference;
    private NoticeFile file;
    private String act;
    private String reason;
    private Integer amount;
    private String unit = "days";
    private boolean conflict;

    /** View action: loads the file named in the URL; an unknown one is a 404. */
    public void load() {
        try {
            file = queries.noticeFile(reference);
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

    public void open(String chosen) {
        this.act = chosen;
        this.reason = null;
        this.amount = null;
    }

    public String perform() {
        try {
            long v = file.version();
            switch (act) {
                case "SIGN" -> notices.sign(reference, v);
                case "EXTEND" -> notices.extend(reference, v, amount == null ? 0 : amount, unit, reason);
                case "MAKE_PUBLIC" -> notices.makePublic(reference, v, reason);
                case "CLOSE_COMPLIED" -> notices.closeComplied(reference, v, reason);
                case "FIND_NOT_COMPLIED" -> {
                    String opened = notices.findNotComplied(reference, v, reason);
                    Pages.MESSAGES.info("notice.notComplied", opened);
                    Pages.MESSAGES.keepForRedirect();
                    return "/sanctions/case.xhtml?faces-redirect=true&reference=" + opened;
                }
                default -> throw new IllegalArgumentException(act);
            }
            Pages.MESSAGES.info("act.done");
            load();
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("saved", true);
            return null;
        } catch (ConflictException e) {
            conflict = true;
            Pages.MESSAGES.refused(e, "actForm");
            return null;
        } catch (DomainException e) {
            Pages.MESSAGES.refused(e, "actForm");
            return null;
        }
    }

    public void reload() {
        load();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public NoticeFile getFile() {
        return file;
    }

    public String getAct() {
        return act;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public boolean isConflict() {
        return conflict;
    }
}
