package fr.vigie.platform.access.application;

import fr.vigie.platform.access.domain.RetentionPeriod;
import fr.vigie.platform.access.domain.VolumeThreshold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The read-access log's configuration (Liberty variables): the retention period in days (at least
 * 365, default 400) and the alert threshold in reads per person and hour (default 200). A value
 * outside the rules fails the first use loudly (the purge refuses to run, the log to record).
 */
@ApplicationScoped
public class AccessLogSettings {
    @Inject
    @ConfigProperty(name = "vigie.access-log.retention-days", defaultValue = "" + RetentionPeriod.DEFAULT_DAYS)
    int retentionDays;

    @Inject
    @ConfigProperty(
            name = "vigie.access-log.alert.reads-per-hour",
            defaultValue = "" + VolumeThreshold.DEFAULT_READS_PER_HOUR)
    int readsPerHour;

    public RetentionPeriod retention() {
        return new RetentionPeriod(retentionDays);
    }

    public VolumeThreshold threshold() {
        return new VolumeThreshold(readsPerHour);
    }
}
