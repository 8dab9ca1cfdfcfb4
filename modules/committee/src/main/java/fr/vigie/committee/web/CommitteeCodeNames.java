package fr.vigie.committee.web;

import fr.vigie.platform.api.web.BundleCodeNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The committee module's stages and audit actions by their names, for the reports and the audit trail (see {@link BundleCodeNames}). */
@ApplicationScoped
public class CommitteeCodeNames extends BundleCodeNames {
    public CommitteeCodeNames() {
        super(
                "committee",
                "fr.vigie.committee.i18n.messages",
                Map.of(
                        "stage",
                        List.of("stage."),
                        "action",
                        List.of("audit.action."),
                        "module",
                        List.of("moduleName.")));
    }
}
