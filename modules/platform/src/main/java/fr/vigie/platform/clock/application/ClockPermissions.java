package fr.vigie.platform.clock.application;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.api.security.SystemTasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Who may act on the clocks of a module's cases (start, suspend, resume, extend, meet, stop).
 *
 * <p>Rule: administrators always; otherwise the roles listed in the configuration property
 * {@code vigie.clocks.roles.<module>} (comma-separated {@link Role} names, e.g.
 * {@code vigie.clocks.roles.complaints=COMPLAINT_HANDLER}), or, when it is not set, the defaults
 * below: the roles that instruct that module's cases. A module without configuration and
 * without default is administrators-only. Reading a case's clocks is open to every staff role
 * ({@link #STAFF}). A system task ({@link SystemTasks}: the status job, reactions to its events,
 * demo seeding) may read and change every module's clocks; any other caller without a staff
 * role, such as an unauthenticated one, may do neither. Why configuration: which role owns which deadline is
 * organisation, not law, and changes without a release.
 */
@ApplicationScoped
public class ClockPermissions {
    static final String PROPERTY_PREFIX = "vigie.clocks.roles.";
    /** Every role that works on cases or oversees them: they may read any case's clocks. */
    static final Set<Role> STAFF = EnumSet.allOf(Role.class);

    static final Map<String, Set<Role>> DEFAULTS = Map.of(
            "complaints", EnumSet.of(Role.COMPLAINT_HANDLER),
            "inspections", EnumSet.of(Role.INSPECTOR, Role.HEAD_OF_INSPECTIONS),
            "sanctions", EnumSet.of(Role.PRESIDENT, Role.RAPPORTEUR, Role.SANCTIONS_CHAIR),
            "dossiers", EnumSet.of(Role.DOSSIER_INSTRUCTOR, Role.DAC_SECRETARY, Role.DAC_CHAIR),
            "crossborder", EnumSet.of(Role.COMPLAINT_HANDLER, Role.RAPPORTEUR, Role.PRESIDENT));

    @Inject
    Config config;

    @Inject
    CurrentUser currentUser;

    @Inject
    SystemTasks systemTasks;

    /** The roles (besides administrators) allowed to act on the clocks of {@code module}. */
    public Set<Role> rolesFor(String module) {
        return config.getOptionalValue(PROPERTY_PREFIX + module, String.class)
                .map(ClockPermissions::parse)
                .orElseGet(() -> DEFAULTS.getOrDefault(module, Set.of()));
    }

    /** True if the current user may act on the clocks of {@code module}. */
    public boolean mayChange(String module) {
        if (systemTasks.active()) {
            return true;
        }
        if (!currentUser.isAuthenticated()) {
            return false;
        }
        Set<Role> held = currentUser.roles();
        return held.contains(Role.ADMINISTRATOR) || rolesFor(module).stream().anyMatch(held::contains);
    }

    /** Refuses with a 403-mapped error when the current user may not act on these clocks. */
    public void requireMayChange(String module) {
        if (!mayChange(module)) {
            throw new ClockException(null, "clock.changeForbidden", module);
        }
    }

    /** True if the current user may read the clocks of cases: a staff member or a system task. */
    public boolean mayRead() {
        return systemTasks.active()
                || currentUser.isAuthenticated() && currentUser.roles().stream().anyMatch(STAFF::contains);
    }

    /** Refuses with a 403-mapped error when the current user may not read clocks. */
    public void requireMayRead() {
        if (!mayRead()) {
            throw new ClockException(null, "clock.readForbidden");
        }
    }

    static Set<Role> parse(String roles) {
        return Arrays.stream(roles.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(Role::fromName)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
