package fr.vigie.sanctions.web;

import fr.vigie.sanctions.application.PublicSanctions;
import fr.vigie.sanctions.application.PublishedDecision;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public sanctions page (no login): published decisions, the name removed from the anonymisation day. */
@Named("publicSanctions")
@RequestScoped
public class PublicSanctionsBean {
    private static final int SHOWN = 50;

    @Inject
    PublicSanctions register;

    private PublicSanctions.PublicPage page;

    public List<PublishedDecision> getDecisions() {
        if (page == null) {
            page = register.page(0, SHOWN);
        }
        return page.decisions();
    }
}
