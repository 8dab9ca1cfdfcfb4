package fr.vigie.reporting.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.MenuContribution;
import fr.vigie.platform.api.web.MenuEntry;
import fr.vigie.reporting.export.ReportDocuments;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The report pages in the main menu, each for the roles that may read it (the pages and the API
 * check again, by module, with {@link fr.vigie.reporting.application.ReportAccess}). Heads of
 * inspections get the entries once the inspections and sanctions modules publish their views.
 */
@ApplicationScoped
public class ReportsMenu implements MenuContribution {
    private static final String GROUP = "menu.reports";
    private static final String BUNDLE = ReportDocuments.BUNDLE;
    private static final Set<Role> ALL = Set.of(
            Role.MANAGER,
            Role.DAC_MEMBER,
            Role.DAC_CHAIR,
            Role.DAC_SECRETARY,
            Role.DOSSIER_INSTRUCTOR,
            Role.COMPLAINT_HANDLER);
    private static final Set<Role> DOSSIERS =
            Set.of(Role.MANAGER, Role.DAC_MEMBER, Role.DAC_CHAIR, Role.DAC_SECRETARY, Role.DOSSIER_INSTRUCTOR);
    private static final Set<Role> COMPLAINTS = Set.of(Role.MANAGER, Role.COMPLAINT_HANDLER);
    private static final Set<Role> MANAGERS = Set.of(Role.MANAGER, Role.DAC_CHAIR, Role.DAC_SECRETARY);

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                entry("deadlines", "pi pi-clock", ALL, 80),
                entry("ehds", "pi pi-verified", DOSSIERS, 81),
                entry("backlog", "pi pi-hourglass", ALL, 82),
                entry("art78", "pi pi-envelope", COMPLAINTS, 83),
                entry("forecast", "pi pi-chart-line", ALL, 84),
                entry("workload", "pi pi-users", MANAGERS, 85),
                entry("crossborder", "pi pi-globe", Set.of(Role.MANAGER), 86));
    }

    private static MenuEntry entry(String slug, String icon, Set<Role> roles, int order) {
        return new MenuEntry(
                "reports-" + slug,
                GROUP,
                "report." + slug + ".title",
                BUNDLE,
                "/reports/" + slug + ".xhtml",
                icon,
                roles,
                order);
    }
}
