package fr.vigie.inspections.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.MenuContribution;
import fr.vigie.platform.api.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The inspection pages in the main menu, each for the roles its URL admits (web.xml). */
@ApplicationScoped
public class InspectionsMenu implements MenuContribution {
    private static final String GROUP = "menu.inspections";
    private static final Set<Role> READERS =
            Set.of(Role.HEAD_OF_INSPECTIONS, Role.INSPECTOR, Role.PRESIDENT, Role.MANAGER);

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(
                        "inspections-list",
                        GROUP,
                        "menu.inspections.list",
                        Pages.BUNDLE,
                        "/inspections/list.xhtml",
                        "pi pi-search",
                        READERS,
                        30),
                new MenuEntry(
                        "inspections-programme",
                        GROUP,
                        "menu.inspections.programme",
                        Pages.BUNDLE,
                        "/inspections/programme.xhtml",
                        "pi pi-calendar",
                        READERS,
                        31),
                new MenuEntry(
                        "inspections-new",
                        GROUP,
                        "menu.inspections.new",
                        Pages.BUNDLE,
                        "/inspections/new.xhtml",
                        "pi pi-plus",
                        Set.of(Role.HEAD_OF_INSPECTIONS),
                        32),
                new MenuEntry(
                        "inspections-breach",
                        GROUP,
                        "menu.inspections.breach",
                        Pages.BUNDLE,
                        "/inspections/breach.xhtml",
                        "pi pi-exclamation-triangle",
                        Set.of(Role.HEAD_OF_INSPECTIONS),
                        33),
                new MenuEntry(
                        "inspections-risk",
                        GROUP,
                        "menu.inspections.risk",
                        Pages.BUNDLE,
                        "/inspections/risk.xhtml",
                        "pi pi-sort-amount-down",
                        Set.of(Role.HEAD_OF_INSPECTIONS),
                        34),
                new MenuEntry(
                        "inspections-interests",
                        GROUP,
                        "menu.inspections.interests",
                        Pages.BUNDLE,
                        "/inspections/interests.xhtml",
                        "pi pi-user-minus",
                        Set.of(Role.HEAD_OF_INSPECTIONS, Role.INSPECTOR),
                        35),
                new MenuEntry(
                        "inspections-reference",
                        GROUP,
                        "menu.inspections.reference",
                        Pages.BUNDLE,
                        "/inspections/reference.xhtml",
                        "pi pi-list",
                        Set.of(Role.ADMINISTRATOR),
                        36));
    }
}
