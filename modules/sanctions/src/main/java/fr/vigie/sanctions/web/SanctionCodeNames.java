package fr.vigie.sanctions.web;

import fr.vigie.platform.api.web.BundleCodeNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The sanctions module's stages, procedures and audit actions by their names, for the reports and the audit trail (see {@link BundleCodeNames}). */
@ApplicationScoped
public class SanctionCodeNames extends BundleCodeNames {
    public SanctionCodeNames() {
        super(
                "sanctions",
                "fr.vigie.sanctions.i18n.messages",
                Map.of(
                        "stage",
                        List.of("status.", "timeline."),
                        "procedure",
                        List.of("procedure."),
                        "action",
                        List.of("audit.action."),
                        "module",
                        List.of("moduleName.")));
    }
}
