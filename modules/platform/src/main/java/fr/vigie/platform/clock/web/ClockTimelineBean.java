package fr.vigie.platform.clock.web;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.ConflictException;
import fr.vigie.platform.api.DomainException;
import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.clock.ClockId;
import fr.vigie.platform.api.clock.ClockView;
import fr.vigie.platform.api.clock.LegalClocks;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.clock.application.ClockTracking;
import fr.vigie.platform.web.FacesMessages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of the {@code vigie:clockTimeline} component: the clocks of each case shown on
 * the page, read-only (a clock changes through its case's own acts, on the module's page), and
 * the administrator's correction of a start event recorded wrongly, prepared in the component's
 * dialog. The correction sends the version of the clock shown; if someone changed the clock
 * meanwhile, nothing is written, the dialog stays open with what was typed, and "reload" takes
 * the current version.
 */
@Named("clockTimeline")
@ViewScoped
public class ClockTimelineBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String SAVED = "saved";

    @Inject
    LegalClocks clocks;

    @Inject
    ClockTracking corrections;

    @Inject
    CurrentUser currentUser;

    private transient Map<String, List<ClockView>> byCase = new HashMap<>();

    private Long selectedId;
    private long selectedVersion;
    private String selectedTitle;
    private boolean conflict;
    private LocalDate date;
    private String reason;

    /** The clocks of a case (read once per view, and again after each act). */
    public List<ClockView> clocksOf(String caseRef) {
        if (caseRef == null || caseRef.isBlank()) {
            return List.of();
        }
        if (byCase == null) {
            byCase = new HashMap<>();
        }
        return byCase.computeIfAbsent(caseRef, ref -> clocks.clocksOf(CaseRef.parse(ref)));
    }

    /** Forgets the clocks read, e.g. after a clock was started elsewhere on the page. */
    public void forget() {
        byCase = new HashMap<>();
    }

    /** Whether the current user may correct clocks: administrators only. */
    public boolean mayCorrect() {
        return currentUser.isAuthenticated() && currentUser.roles().contains(Role.ADMINISTRATOR);
    }

    public void prepare(ClockView view) {
        select(view);
        conflict = false;
        date = view.startEvent();
        reason = null;
    }

    private void select(ClockView view) {
        selectedId = view.id().value();
        selectedVersion = view.version();
        selectedTitle = view.legalSource() + " — " + view.title();
    }

    /** After a conflict: the clock as it is now; what the person typed is kept. */
    public void reloadSelected() {
        byCase = new HashMap<>();
        if (selectedId != null) {
            select(clocks.clock(ClockId.of(selectedId)));
            conflict = false;
        }
    }

    public void perform() {
        UIComponent dialogForm = UIComponent.getCurrentComponent(FacesContext.getCurrentInstance()) == null
                ? null
                : UIComponent.getCurrentComponent(FacesContext.getCurrentInstance())
                        .getNamingContainer();
        if (selectedId == null) {
            // A replayed or hand-made postback: the dialog only opens on a chosen clock.
            FacesMessages.errorText(ClockTexts.format(ClockTexts.locale(), "timeline.noClock"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            corrections.correctStartEvent(ClockId.of(selectedId), selectedVersion, date, reason);
            byCase = new HashMap<>();
            conflict = false;
            FacesMessages.infoText(ClockTexts.format(ClockTexts.locale(), "timeline.done.correct"));
            PrimeFaces.current().ajax().addCallbackParam(SAVED, true);
        } catch (ConflictException e) {
            conflict = true;
            FacesMessages.errorText(ClockTexts.format(ClockTexts.locale(), "timeline.conflict"));
            FacesContext.getCurrentInstance().validationFailed();
        } catch (DomainException e) {
            FacesMessages.errorUnder(e, dialogForm);
        }
    }

    public long daysLate(ClockView view) {
        return Math.max(0, -view.daysLeft());
    }

    public String getSelectedTitle() {
        return selectedTitle;
    }

    public boolean isConflict() {
        return conflict;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
