package fr.vigie.inspections.application;

import fr.vigie.inspections.api.InspectionsModule;
import fr.vigie.inspections.domain.Inspection;
import fr.vigie.inspections.domain.InspectionRepository;
import fr.vigie.platform.api.CaseRef;
import fr.vigie.platform.api.web.LinkedCase;
import fr.vigie.platform.api.web.LinkedCaseContribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Shows, on the file of a case of another module (a complaint referred to inspection), the
 * inspections opened from it: the other half of "show it both ways". The complaints module cannot
 * ask the inspections module (that dependency runs the other way), so this answers through the
 * platform's extension point. Only the reference and the status leave the module, to whoever reads
 * the originating case: the inspection's page keeps its own access rules.
 */
@ApplicationScoped
public class LinkedInspections implements LinkedCaseContribution {
    private static final String BUNDLE = "fr.vigie.inspections.i18n.messages";

    @Inject
    InspectionRepository inspections;

    @Override
    public List<LinkedCase> linkedTo(CaseRef caseRef, Locale locale) {
        if (InspectionsModule.NAME.equals(caseRef.module())) {
            return List.of();
        }
        // no fallback to the server's default language: French is the bundle without suffix
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return inspections.fromOrigin(caseRef.toString()).stream()
                .map(i -> linked(i, texts))
                .toList();
    }

    private static LinkedCase linked(Inspection i, ResourceBundle texts) {
        String reference = i.reference().value();
        return new LinkedCase(
                i.reference().caseRef(),
                texts.getString("linked.inspection").replace("{0}", reference),
                texts.getString("status." + i.status().name()),
                "/inspections/file.xhtml?reference=" + reference);
    }
}
