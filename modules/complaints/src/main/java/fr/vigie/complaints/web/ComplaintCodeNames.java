package fr.vigie.complaints.web;

import fr.vigie.platform.api.web.BundleCodeNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The complaints module's stages and audit actions by their names, for the reports and the audit trail (see {@link BundleCodeNames}). */
@ApplicationScoped
public class ComplaintCodeNames extends BundleCodeNames {
    public ComplaintCodeNames() {
        super(
                "complaints",
                "fr.vigie.complaints.i18n.messages",
                Map.of(
                        "stage",
                        List.of("status.", "timeline."),
                        "action",
                        List.of("audit.action."),
                        "module",
                        List.of("moduleName."),
                        "status",
                        List.of("status."),
                        "outcome",
                        List.of("outcome.")));
    }
}
