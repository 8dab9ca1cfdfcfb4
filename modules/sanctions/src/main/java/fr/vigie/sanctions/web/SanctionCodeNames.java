package fr.vigie.sanctions.web;

import fr.vigie.platform.api.web.BundleCodeNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The sanctions module's stages and procedures by their names, for the reports (see {@link BundleCodeNames}). */
@ApplicationScoped
public class SanctionCodeNames extends BundleCodeNames {
    public SanctionCodeNames() {
        super(
                "sanctions",
                "fr.vigie.sanctions.i18n.messages",
                Map.of("stage", List.of("status.", "timeline."), "procedure", List.of("procedure.")));
    }
}
