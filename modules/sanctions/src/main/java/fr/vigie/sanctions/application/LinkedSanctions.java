package fr.vigie.sanctions.application;

import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.web.LinkedCase;
import fr.vigie.platform.api.web.LinkedCaseContribution;
import fr.vigie.sanctions.api.SanctionsModule;
import fr.vigie.sanctions.domain.CaseRepository;
import fr.vigie.sanctions.domain.NoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Shows, on an inspection's file, the formal notices and sanction cases opened from it, with their
 * status ("Décidé" once the restricted committee has decided): the last hop of the complaint →
 * inspection → sanction chain seen from the inspection (and, one hop further, from the complaint).
 * The inspections module cannot ask this one (this module follows its event), so the answer goes
 * through the platform's extension point. Only the reference and the status leave the module; the
 * case's page keeps its own access rules.
 */
@ApplicationScoped
public class LinkedSanctions implements LinkedCaseContribution {
    private static final String BUNDLE = "fr.vigie.sanctions.i18n.messages";

    @Inject
    CaseRepository cases;

    @Inject
    NoticeRepository notices;

    @Override
    public List<LinkedCase> linkedTo(CaseRef caseRef, Locale locale) {
        if (SanctionsModule.NAME.equals(caseRef.module())) {
            return List.of();
        }
        // no fallback to the server's default language: French is the bundle without suffix
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String origin = caseRef.toString();
        List<LinkedCase> linked = new ArrayList<>();
        notices.fromInspection(origin)
                .forEach(n -> linked.add(new LinkedCase(
                        n.caseRef(),
                        texts.getString("linked.notice").replace("{0}", n.reference()),
                        texts.getString("status." + n.status().name()),
                        "/sanctions/notice.xhtml?reference=" + n.reference())));
        cases.fromInspection(origin)
                .forEach(c -> linked.add(new LinkedCase(
                        c.caseRef(),
                        texts.getString("linked.case").replace("{0}", c.reference()),
                        texts.getString("status." + c.status().name()),
                        "/sanctions/case.xhtml?reference=" + c.reference())));
        return linked;
    }
}
