package fr.vigie.sanctions.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.MenuContribution;
import fr.vigie.platform.api.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The sanctions pages in the main menu. */
@ApplicationScoped
public class SanctionsMenu implements MenuContribution {
    private static final String GROUP = "menu.sanctions";

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(
                        "sanctions-list",
                        GROUP,
                        "menu.sanctions.list",
                        Pages.BUNDLE,
                        "/sanctions/list.xhtml",
                        "pi pi-briefcase",
                        Set.of(
                                Role.PRESIDENT,
                                Role.RAPPORTEUR,
                                Role.SANCTIONS_MEMBER,
                                Role.SANCTIONS_CHAIR,
                                Role.MANAGER),
                        40),
                new MenuEntry(
                        "sanctions-notice",
                        GROUP,
                        "menu.sanctions.notice",
                        Pages.BUNDLE,
                        "/sanctions/notice-form.xhtml",
                        "pi pi-plus",
                        Set.of(Role.PRESIDENT),
                        41),
                new MenuEntry(
                        "sanctions-activity",
                        GROUP,
                        "menu.sanctions.activity",
                        Pages.BUNDLE,
                        "/sanctions/activity.xhtml",
                        "pi pi-chart-bar",
                        Set.of(Role.PRESIDENT, Role.SANCTIONS_MEMBER, Role.SANCTIONS_CHAIR, Role.MANAGER),
                        42));
    }
}
