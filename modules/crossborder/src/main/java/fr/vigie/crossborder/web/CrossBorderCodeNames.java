package fr.vigie.crossborder.web;

import fr.vigie.platform.api.web.BundleCodeNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The cross-border module's stages and audit actions by their names, for the reports and the audit trail (see {@link BundleCodeNames}). */
@ApplicationScoped
public class CrossBorderCodeNames extends BundleCodeNames {
    public CrossBorderCodeNames() {
        super(
                "crossborder",
                "fr.vigie.crossborder.i18n.messages",
                Map.of(
                        "stage",
                        List.of("stage."),
                        "action",
                        List.of("audit.action."),
                        "module",
                        List.of("moduleName.")));
    }
}
