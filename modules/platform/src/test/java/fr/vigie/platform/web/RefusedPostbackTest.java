package fr.vigie.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

/** Which exceptions are refusals of the request (one log line, a clear page) rather than failures. */
class RefusedPostbackTest {

    /** Stands for PrimeFaces' org.primefaces.csp.CspException, recognised by name. */
    static final class CspException extends FacesException {
        CspException() {
            super("CSP nonce mismatch");
        }
    }

    @Test
    void staleForgedOrTamperedPostbacksAreRefusals() {
        assertEquals(
                "expired or unknown view state",
                ExpiredViewExceptionHandlerFactory.refusal(
                        new FacesException(new ViewExpiredException("gone", "/x.xhtml"))));
        assertEquals(
                "protected view without its token",
                ExpiredViewExceptionHandlerFactory.refusal(new ProtectedViewException()));
    }

    @Test
    void realFailuresAreNot() {
        assertNull(ExpiredViewExceptionHandlerFactory.refusal(new FacesException(new IllegalStateException("bug"))));
        assertNull(ExpiredViewExceptionHandlerFactory.refusal(new CspException()), "only PrimeFaces' own class counts");
    }
}
