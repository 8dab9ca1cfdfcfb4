package fr.vigie.dossiers.application;

import fr.vigie.dossiers.domain.EhdsDateOfApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the EHDS date of application from the configuration (the regulation's date unless a trial moves it). */
@ApplicationScoped
public class EhdsApplicability {
    @Inject
    @ConfigProperty(name = "vigie.ehds.date-of-application", defaultValue = "2029-03-26")
    String configured;

    public EhdsDateOfApplication dateOfApplication() {
        try {
            return new EhdsDateOfApplication(LocalDate.parse(configured.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "vigie.ehds.date-of-application must be a day such as 2029-03-26, not '" + configured + "'", e);
        }
    }
}
