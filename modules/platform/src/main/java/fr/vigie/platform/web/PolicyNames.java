package fr.vigie.platform.web;

import fr.vigie.platform.api.clock.PolicyTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The legal deadlines' names in the reader's language ({@code #{policyNames.of(code)}}): pages and
 * notifications name a deadline, never show its code ({@code COMPLAINT_ACKNOWLEDGEMENT}).
 */
@Named("policyNames")
@ApplicationScoped
public class PolicyNames {
    static final String BUNDLE = PolicyTexts.BUNDLE;

    /** The name of the policy {@code code} in the current page's language; the code when it has no name. */
    public String of(String code) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.FRENCH;
        return of(code, locale);
    }

    public static String of(String code, Locale locale) {
        return PolicyTexts.name(code, locale);
    }

    /** Whether {@code text} is a policy code that has a name. */
    public static boolean isPolicyCode(String text) {
        return text != null
                && text.matches("[A-Z][A-Z0-9_]+")
                && !of(text, Locale.ENGLISH).equals(text);
    }
}
