package fr.vigie.dossiers.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.MenuContribution;
import fr.vigie.platform.api.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The dossier pages in the main menu: the list for instructors and managers, a new application
 * for instructors, and the public register for the roles that follow dossiers (instructors,
 * managers, the data-access committee).
 */
@ApplicationScoped
public class DossiersMenu implements MenuContribution {
    private static final String GROUP = "menu.dossiers";

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(
                        "dossiers-list",
                        GROUP,
                        "menu.dossiers.list",
                        Pages.BUNDLE,
                        "/dossiers/list.xhtml",
                        "pi pi-folder-open",
                        Set.of(Role.DOSSIER_INSTRUCTOR, Role.MANAGER),
                        40),
                new MenuEntry(
                        "dossiers-new",
                        GROUP,
                        "menu.dossiers.new",
                        Pages.BUNDLE,
                        "/dossiers/form.xhtml",
                        "pi pi-plus",
                        Set.of(Role.DOSSIER_INSTRUCTOR),
                        41),
                new MenuEntry(
                        "dossiers-register",
                        GROUP,
                        "menu.dossiers.register",
                        Pages.BUNDLE,
                        "/public/register.xhtml",
                        "pi pi-globe",
                        Set.of(
                                Role.DOSSIER_INSTRUCTOR,
                                Role.MANAGER,
                                Role.DAC_MEMBER,
                                Role.DAC_CHAIR,
                                Role.DAC_SECRETARY),
                        42));
    }
}
