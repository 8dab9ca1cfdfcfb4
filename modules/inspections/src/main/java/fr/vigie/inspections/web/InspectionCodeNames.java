package fr.vigie.inspections.web;

import fr.vigie.platform.api.web.BundleCodeNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The inspections module's stages and audit actions by their names, for the reports and the audit trail (see {@link BundleCodeNames}). */
@ApplicationScoped
public class InspectionCodeNames extends BundleCodeNames {
    public InspectionCodeNames() {
        super(
                "inspections",
                "fr.vigie.inspections.i18n.messages",
                Map.of(
                        "stage",
                        List.of("status.", "event."),
                        "action",
                        List.of("audit.action."),
                        "module",
                        List.of("moduleName.")));
    }
}
