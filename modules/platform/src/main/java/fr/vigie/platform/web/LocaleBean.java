package fr.vigie.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language the user chose. French is the authority's working language and therefore the
 * default whatever the browser asks for; English is offered to everyone, signed in or not.
 * Session scope is the narrowest one that survives navigation, which is what a language choice must do.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {
    private static final long serialVersionUID = 1L;

    static final Locale FRENCH = Locale.FRENCH;
    static final Locale ENGLISH = Locale.ENGLISH;

    /** Query strings carried across the switch may only hold ordinary URL characters (no header injection). */
    private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9%&=._~+\\-/]{0,500}");

    private Locale locale = FRENCH;

    public Locale getLocale() {
        return locale;
    }

    /** The value of the page's {@code lang} attribute. */
    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isFrench() {
        return FRENCH.getLanguage().equals(locale.getLanguage());
    }

    /** Applies {@code fr} or {@code en} to the session and the current page; anything else is ignored. */
    public void use(String language) {
        if (ENGLISH.getLanguage().equals(language)) {
            locale = ENGLISH;
        } else if (FRENCH.getLanguage().equals(language)) {
            locale = FRENCH;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }

    /**
     * Switches the language and shows the same page again through a redirect (so that a
     * reload does not re-post the form), keeping the query string the page was opened with.
     *
     * @param language {@code fr} or {@code en}; anything else keeps the current language
     * @param queryString the query string of the page as first requested, may be empty
     */
    public void switchTo(String language, String queryString) throws IOException {
        use(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String target = external.getRequestContextPath() + faces.getViewRoot().getViewId();
        if (queryString != null
                && !queryString.isEmpty()
                && SAFE_QUERY.matcher(queryString).matches()) {
            target += "?" + queryString;
        }
        external.redirect(target);
    }
}
