package fr.vigie.platform.web;

import fr.vigie.platform.http.DatabaseFailures;
import fr.vigie.platform.http.RequestIds;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Postbacks the application refuses without any fault of its own: an expired or unknown view state
 * (a stale, replayed or forged page), a CSP nonce that does not match the page's (PrimeFaces'
 * {@code CspException}), a protected view opened without its token. Each is logged as ONE line with
 * the request id — a scanner replaying pages must not fill the log with stack traces — and answered
 * with a redirect to a clear page: "page expired" for an expired view, "request refused" (HTTP 400)
 * for the others — an undecodable view state and a hand-typed value in a number widget included —
 * and "access refused" when a bean's role check refuses an action (an Ajax request gets an Ajax
 * redirect). A value the database refuses (too long,
 * malformed) or a database that cannot be reached or written gives the page back with a message.
 * Every other exception goes on to the default handler untouched.
 */
public class ExpiredViewExceptionHandlerFactory extends ExceptionHandlerFactory {
    static final String EXPIRED_PAGE = "/error/expired.xhtml";
    static final String REFUSED_PAGE = "/error/400.xhtml";
    static final String FORBIDDEN_PAGE = "/error/403.xhtml";
    private static final Logger LOG = Logger.getLogger(ExpiredViewExceptionHandlerFactory.class.getName());
    private static final String CSP_EXCEPTION = "org.primefaces.csp.CspException";
    private static final String VIEW_STATE_CODEC = "org.apache.myfaces.application.viewstate.";
    private static final String INPUT_NUMBER = "org.primefaces.component.inputnumber.";

    public ExpiredViewExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Why a postback is refused, or null when the exception is a real failure. */
    static String refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return "expired or unknown view state";
            }
            if (t instanceof ProtectedViewException) {
                return "protected view without its token";
            }
            if (CSP_EXCEPTION.equals(t.getClass().getName())) {
                return "CSP nonce mismatch";
            }
            if (t instanceof IllegalArgumentException && thrownBy(t, VIEW_STATE_CODEC)) {
                // A view state that is not even well-formed (not Base64, not a serialized state) was forged.
                return "undecodable view state";
            }
            if (t instanceof NumberFormatException && thrownBy(t, INPUT_NUMBER)) {
                // The browser widget only ever sends digits: anything else was typed by hand into the request.
                return "malformed number";
            }
        }
        return null;
    }

    /** Whether an action the page offered was refused by a bean's role check (the page outlived a role). */
    static boolean forbidden(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

    private static boolean thrownBy(Throwable t, String packagePrefix) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith(packagePrefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Logs a refused request as one line with its request id and redirects to a clear page (an Ajax
     * request gets an Ajax redirect). A redirect, not an error dispatch: the error page must not be
     * rendered as a postback of the refused view.
     */
    static void refuse(FacesContext faces, String refusal, String page) {
        ExternalContext external = faces.getExternalContext();
        boolean ajax = faces.getPartialViewContext().isAjaxRequest();
        LOG.warning(() -> "Refused " + (ajax ? "Ajax " : "") + (faces.isPostback() ? "postback to " : "request for ")
                + external.getRequestServletPath() + ": " + refusal + " [request " + RequestIds.current() + "]");
        if (external.isResponseCommitted()) {
            faces.responseComplete();
            return;
        }
        try {
            external.responseReset();
            external.redirect(external.getRequestContextPath() + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces == null) {
                // An error page dispatched during this request's rendering (a 403 or 404 sent by a page's
                // bean) ran a Faces request of its own and released the context on its way out; that page
                // is the answer already. MyFaces' own handler would fail on the missing context: say what
                // was left and stop.
                for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                    Throwable thrown = event.getContext().getException();
                    LOG.warning(() -> "After an error page: " + thrown + " [request " + RequestIds.current() + "]");
                }
                return;
            }
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                String refusal = refusal(thrown);
                if (refusal != null) {
                    events.remove();
                    refuse(faces, refusal, hasViewExpired(thrown) ? EXPIRED_PAGE : REFUSED_PAGE);
                    break;
                }
                if (forbidden(thrown)) {
                    events.remove();
                    refuse(faces, "action not allowed to this user", FORBIDDEN_PAGE);
                    break;
                }
                SQLException sql = DatabaseFailures.sqlCause(thrown);
                if (sql != null && (DatabaseFailures.refusedValue(sql) || DatabaseFailures.unavailable(sql))) {
                    events.remove();
                    databaseRefused(faces, sql);
                    break;
                }
            }
            getWrapped().handle();
        }

        private static boolean hasViewExpired(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A value the database refuses, or a database that is unreachable or read-only: before the page
         * is rendered, the page comes back with a message and everything typed; during rendering, the
         * "request refused" page.
         */
        private static void databaseRefused(FacesContext faces, SQLException sql) {
            boolean unavailable = DatabaseFailures.unavailable(sql);
            LOG.warning(() -> "Database " + (unavailable ? "unavailable" : "refused a value") + " on "
                    + faces.getExternalContext().getRequestServletPath() + ": SQLSTATE " + sql.getSQLState()
                    + " [request " + RequestIds.current() + "]");
            if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE
                    && !faces.getExternalContext().isResponseCommitted()) {
                ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
                String key = unavailable ? "error.database.unavailable" : "error.value.refused";
                String text = bundle != null && bundle.containsKey(key) ? bundle.getString(key) : key;
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                faces.validationFailed();
                faces.renderResponse();
            } else {
                refuse(faces, "SQLSTATE " + sql.getSQLState(), REFUSED_PAGE);
            }
        }
    }
}
