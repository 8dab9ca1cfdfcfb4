package fr.vigie.platform.web;

import fr.vigie.platform.api.web.BundleCodeNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * The platform's own audit actions (sign-in, accounts, clocks, documents, the organisation
 * directory) and the names of its parts, for the audit trail. {@link CodeNamesBean} also asks it
 * for actions the platform records on other modules' cases (a document added to a complaint).
 */
@ApplicationScoped
public class PlatformCodeNames extends BundleCodeNames {
    static final String MODULE = "platform";

    public PlatformCodeNames() {
        super(
                MODULE,
                "fr.vigie.platform.i18n.messages",
                Map.of("action", List.of("audit.action."), "module", List.of("moduleName.")));
    }
}
