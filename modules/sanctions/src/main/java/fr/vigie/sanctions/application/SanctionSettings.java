package fr.vigie.sanctions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The module's configuration, with safe defaults. */
@ApplicationScoped
public class SanctionSettings {
    /** Members (chair included) who must be present to deliberate. */
    @Inject
    @ConfigProperty(name = "vigie.sanctions.quorum", defaultValue = "3")
    int quorum;

    /** Years after publication when the organisation's name is removed from the published decision. */
    @Inject
    @ConfigProperty(name = "vigie.sanctions.publication.anonymise-after-years", defaultValue = "2")
    int anonymiseAfterYears;

    public int quorum() {
        return quorum;
    }

    public int anonymiseAfterYears() {
        return anonymiseAfterYears;
    }
}
