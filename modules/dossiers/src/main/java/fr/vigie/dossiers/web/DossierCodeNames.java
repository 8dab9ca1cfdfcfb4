package fr.vigie.dossiers.web;

import fr.vigie.platform.api.web.BundleCodeNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The dossiers module's stages, procedures and audit actions by their names, for the reports and the audit trail (see {@link BundleCodeNames}). */
@ApplicationScoped
public class DossierCodeNames extends BundleCodeNames {
    public DossierCodeNames() {
        super(
                "dossiers",
                "fr.vigie.dossiers.i18n.messages",
                Map.of(
                        "stage",
                        List.of("stage.", "status.", "committeeStage."),
                        "procedure",
                        List.of("procedure.", "reportProcedure."),
                        "action",
                        List.of("audit.action."),
                        "module",
                        List.of("moduleName."),
                        "status",
                        List.of("status."),
                        "outcome",
                        List.of("status.")));
    }
}
