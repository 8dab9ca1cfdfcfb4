package fr.vigie.reporting.application;

import fr.vigie.platform.api.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may read which modules' figures (docs/reporting.md has the matrix). Managers read every
 * configured module; the data-access committee and dossier instructors read dossiers and committee
 * figures and never complaints; complaint handlers read complaints; inspections people read
 * inspections and sanctions (once those modules publish views). A report is offered to a reader
 * when it concerns at least one module they may read, and every figure of it is restricted to
 * those modules. Workload (who carries how much) is for managers and committee chairs/secretaries
 * only: colleagues' workloads are a management matter.
 */
public final class ReportAccess {
    /** Every role that may open the reports at all (web.xml and {@code @RolesAllowed} list the same). */
    public static final Set<Role> READERS = Set.of(
            Role.MANAGER,
            Role.DAC_MEMBER,
            Role.DAC_CHAIR,
            Role.DAC_SECRETARY,
            Role.DOSSIER_INSTRUCTOR,
            Role.COMPLAINT_HANDLER,
            Role.HEAD_OF_INSPECTIONS);

    private static final Set<Role> WORKLOAD_READERS =
            Set.of(Role.MANAGER, Role.DAC_CHAIR, Role.DAC_SECRETARY, Role.HEAD_OF_INSPECTIONS);

    private final List<String> configuredModules;
    private final Map<Role, Set<String>> modulesByRole = new EnumMap<>(Role.class);

    /**
     * @param configuredModules the modules the reports read ({@code vigie.reporting.modules})
     * @param overrides         role → modules, replacing the defaults for that role ("*" = every module)
     */
    public ReportAccess(List<String> configuredModules, Map<Role, String> overrides) {
        this.configuredModules = List.copyOf(configuredModules);
        modulesByRole.put(Role.MANAGER, Set.of("*"));
        modulesByRole.put(Role.DAC_MEMBER, Set.of("dossiers", "committee"));
        modulesByRole.put(Role.DAC_CHAIR, Set.of("dossiers", "committee"));
        modulesByRole.put(Role.DAC_SECRETARY, Set.of("dossiers", "committee"));
        modulesByRole.put(Role.DOSSIER_INSTRUCTOR, Set.of("dossiers", "committee"));
        modulesByRole.put(Role.COMPLAINT_HANDLER, Set.of("complaints"));
        modulesByRole.put(Role.HEAD_OF_INSPECTIONS, Set.of("inspections", "sanctions"));
        overrides.forEach((role, modules) -> modulesByRole.put(
                role,
                new LinkedHashSet<>(Arrays.stream(modules.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList())));
    }

    /** The configured modules a holder of {@code roles} may read, in configuration order. */
    public Set<String> modulesFor(Collection<Role> roles) {
        Set<String> allowed = new LinkedHashSet<>();
        for (Role role : roles) {
            Set<String> modules = modulesByRole.getOrDefault(role, Set.of());
            for (String module : configuredModules) {
                if (modules.contains("*") || modules.contains(module)) {
                    allowed.add(module);
                }
            }
        }
        return allowed;
    }

    /** The modules a report may show to a holder of {@code roles}: empty = the report is not for them. */
    public Set<String> modulesFor(Report report, Collection<Role> roles) {
        if (report == Report.WORKLOAD && roles.stream().noneMatch(WORKLOAD_READERS::contains)) {
            return Set.of();
        }
        Set<String> allowed = modulesFor(roles);
        if (report.modules().isEmpty()) {
            return allowed;
        }
        Set<String> concerned = new TreeSet<>(allowed);
        concerned.retainAll(report.modules());
        return concerned.isEmpty() ? Set.of() : allowed;
    }

    public List<Report> reportsFor(Collection<Role> roles) {
        return Arrays.stream(Report.values())
                .filter(r -> !modulesFor(r, roles).isEmpty())
                .toList();
    }
}
