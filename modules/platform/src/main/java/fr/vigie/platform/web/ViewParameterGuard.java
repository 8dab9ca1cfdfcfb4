package fr.vigie.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a parameter its view refuses (an identifier that is not a number, a reference
 * that does not match its format): the page would render without the record it is about, and its
 * beans would fail on the missing value. The request is refused with the "request refused" page
 * instead, logged as one line. Postbacks are left alone: there a refused value is a message on its
 * field.
 */
public class ViewParameterGuard implements PhaseListener {
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {}

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed()) {
            ExpiredViewExceptionHandlerFactory.refuse(
                    faces, "page parameter refused", ExpiredViewExceptionHandlerFactory.REFUSED_PAGE);
        }
    }
}
