package fr.vigie.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now". Legal periods are counted in the authority's time zone (a day that
 * ends at midnight in Paris), so the clock carries that zone; tests can replace the bean.
 */
@ApplicationScoped
public class ClockProducer {
    @Inject
    @ConfigProperty(name = "vigie.timezone", defaultValue = "Europe/Paris")
    private String zone;

    @Produces
    Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }
}
