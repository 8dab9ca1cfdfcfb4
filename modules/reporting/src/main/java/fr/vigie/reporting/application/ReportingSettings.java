package fr.vigie.reporting.application;

import fr.vigie.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reporting configuration (MicroProfile Config; Liberty variables or environment):
 * <ul>
 * <li>{@code vigie.reporting.modules} (default {@code complaints,dossiers,committee,inspections,sanctions,crossborder}): the module
 *     schemas whose reporting views are read; sanctions joins by adding it here;</li>
 * <li>{@code vigie.reporting.access.<ROLE>}: the modules a role may read, replacing the default;</li>
 * <li>{@code vigie.reporting.forecast.history-months} (24): the past the forecast learns from;</li>
 * <li>{@code vigie.reporting.forecast.threshold} (0.5): probability from which a case is "likely to breach".</li>
 * </ul>
 */
@ApplicationScoped
public class ReportingSettings {
    @Inject
    @ConfigProperty(
            name = "vigie.reporting.modules",
            defaultValue = "complaints,dossiers,committee,inspections,sanctions,crossborder")
    List<String> modules;

    @Inject
    @ConfigProperty(name = "vigie.reporting.forecast.history-months", defaultValue = "24")
    int historyMonths;

    @Inject
    @ConfigProperty(name = "vigie.reporting.forecast.threshold", defaultValue = "0.5")
    double threshold;

    @Inject
    Config config;

    private volatile ReportAccess access;

    public List<String> modules() {
        return modules.stream().map(String::strip).filter(m -> !m.isEmpty()).toList();
    }

    public int historyMonths() {
        return historyMonths;
    }

    public double threshold() {
        return threshold;
    }

    public ReportAccess access() {
        if (access == null) {
            Map<Role, String> overrides = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                config.getOptionalValue("vigie.reporting.access." + role.name(), String.class)
                        .ifPresent(value -> overrides.put(role, value));
            }
            access = new ReportAccess(modules(), overrides);
        }
        return access;
    }
}
