package fr.vigie.dossiers.web;

import fr.vigie.dossiers.application.PublicRegister;
import fr.vigie.dossiers.application.RegisterEntry;
import fr.vigie.dossiers.application.RegisterPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The public register page: a search and pages of 25, newest first. */
@Named("dossierRegister")
@ViewScoped
public class RegisterBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 25;

    @Inject
    transient PublicRegister register;

    private String text;
    private int offset;
    private transient RegisterPage page;

    public RegisterPage getPage() {
        if (page == null) {
            page = register.page(offset, PAGE, text);
        }
        return page;
    }

    public List<RegisterEntry> getEntries() {
        return getPage().entries();
    }

    public void search() {
        offset = 0;
        page = null;
    }

    public void next() {
        if (offset + PAGE < getPage().total()) {
            offset += PAGE;
            page = null;
        }
    }

    public void previous() {
        offset = Math.max(0, offset - PAGE);
        page = null;
    }

    public boolean isHasNext() {
        return offset + PAGE < getPage().total();
    }

    public boolean isHasPrevious() {
        return offset > 0;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String expires(RegisterEntry e) {
        return e.permitExpiresOn() == null ? "" : Pages.MESSAGES.text("register.expires", e.permitExpiresOn());
    }
}
