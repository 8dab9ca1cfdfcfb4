package fr.vigie.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import java.util.Objects;

/**
 * Refuses a postback whose CSP nonce is not the one its page was rendered with, as soon as the view
 * is restored. PrimeFaces makes the same check only when it renders the answer, from a phase listener:
 * its exception then escapes the exception handler, is logged with a long stack trace, and the error
 * page cannot render on the half-written response. Checking first turns a replayed or forged postback
 * into one log line and the "request refused" page, and PrimeFaces' own check never fires.
 */
public class CspNonceGuard implements PhaseListener {
    private static final long serialVersionUID = 1L;
    /** The request parameter and view-map key PrimeFaces uses for the page's nonce. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {}

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && !faces.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        UIViewRoot view = faces.getViewRoot();
        Map<String, Object> viewMap = view == null ? null : view.getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        if (expected == null) {
            return;
        }
        String sent = faces.getExternalContext().getRequestParameterMap().get(NONCE);
        if (!Objects.equals(expected.toString(), Objects.toString(sent, ""))) {
            ExpiredViewExceptionHandlerFactory.refuse(
                    faces, "CSP nonce mismatch", ExpiredViewExceptionHandlerFactory.REFUSED_PAGE);
        }
    }
}
