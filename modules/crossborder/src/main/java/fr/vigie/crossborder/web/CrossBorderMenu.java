package fr.vigie.crossborder.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.MenuContribution;
import fr.vigie.platform.api.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The cross-border cases in the main menu, for the roles the URL admits (web.xml): complaint handlers
 * (cases where the CNIL is concerned, and those opened from their complaints), rapporteurs and the
 * president (cases the CNIL leads), managers (reading).
 */
@ApplicationScoped
public class CrossBorderMenu implements MenuContribution {
    static final Set<Role> READERS = Set.of(Role.COMPLAINT_HANDLER, Role.RAPPORTEUR, Role.PRESIDENT, Role.MANAGER);

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(
                "crossborder-list",
                null,
                "menu.crossborder.list",
                Pages.BUNDLE,
                "/crossborder/list.xhtml",
                "pi pi-globe",
                READERS,
                45));
    }
}
