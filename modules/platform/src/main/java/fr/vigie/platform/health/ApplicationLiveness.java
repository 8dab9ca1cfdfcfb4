package fr.vigie.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has memory headroom: restart rather than limp when nearly exhausted. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {
    private static final double MAX_USED_SHARE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        double used = (double) (rt.totalMemory() - rt.freeMemory()) / rt.maxMemory();
        return HealthCheckResponse.named("memory")
                .status(used < MAX_USED_SHARE)
                .withData("usedPercent", Math.round(used * 100))
                .build();
    }
}
