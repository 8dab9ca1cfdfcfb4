package fr.vigie.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * An expired view during an Ajax request would otherwise end in a silent failure in the browser
 * (the servlet error page cannot answer an Ajax call): it is answered with an Ajax redirect to the
 * "page expired" page instead. Full-page requests keep the error page declared in web.xml, and every
 * other exception goes on to the default handler untouched.
 */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {
    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
                Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    Throwable thrown = events.next().getContext().getException();
                    if (isViewExpired(thrown)) {
                        events.remove();
                        redirectToExpiredPage(faces);
                        break;
                    }
                }
            }
            getWrapped().handle();
        }

        private static boolean isViewExpired(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void redirectToExpiredPage(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
