package fr.vigie.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs the user out. A POST action (a link could be triggered by another site); the session is
 * destroyed so that nothing of the previous user survives, and the chosen language is carried
 * to the login page in the URL because the session that held it is gone.
 */
@Named
@RequestScoped
public class LogoutBean {
    @Inject
    LocaleBean localeBean;

    public void logout() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String language = localeBean.getLanguage();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true&lang=" + language);
    }
}
