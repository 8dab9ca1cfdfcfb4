package fr.vigie.complaints.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.MenuContribution;
import fr.vigie.platform.api.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The complaints pages in the main menu: the work list for handlers and managers, intake for handlers. */
@ApplicationScoped
public class ComplaintsMenu implements MenuContribution {
    private static final String GROUP = "menu.complaints";

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(
                        "complaints-list",
                        GROUP,
                        "menu.complaints.list",
                        Pages.BUNDLE,
                        "/complaints/list.xhtml",
                        "pi pi-inbox",
                        Set.of(Role.COMPLAINT_HANDLER, Role.MANAGER),
                        20),
                new MenuEntry(
                        "complaints-intake",
                        GROUP,
                        "menu.complaints.intake",
                        Pages.BUNDLE,
                        "/complaints/intake.xhtml",
                        "pi pi-plus",
                        Set.of(Role.COMPLAINT_HANDLER),
                        21),
                new MenuEntry(
                        "complaints-cross-border-intake",
                        GROUP,
                        "menu.complaints.crossBorderIntake",
                        Pages.BUNDLE,
                        "/complaints/cross-border-intake.xhtml",
                        "pi pi-globe",
                        Set.of(Role.COMPLAINT_HANDLER),
                        22));
    }
}
