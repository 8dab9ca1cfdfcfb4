package fr.vigie.committee.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.MenuContribution;
import fr.vigie.platform.api.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The committee's pages in the main menu: members' own list and declarations; sessions for everyone on the committee. */
@ApplicationScoped
public class CommitteeMenu implements MenuContribution {
    private static final String GROUP = "menu.committee";

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(
                        "committee-mine",
                        GROUP,
                        "menu.committee.mine",
                        Pages.BUNDLE,
                        "/committee/mine.xhtml",
                        "pi pi-list-check",
                        Set.of(Role.DAC_MEMBER, Role.DAC_CHAIR),
                        40),
                new MenuEntry(
                        "committee-sessions",
                        GROUP,
                        "menu.committee.sessions",
                        Pages.BUNDLE,
                        "/committee/sessions.xhtml",
                        "pi pi-calendar",
                        Set.of(Role.DAC_MEMBER, Role.DAC_CHAIR, Role.DAC_SECRETARY),
                        41),
                new MenuEntry(
                        "committee-interests",
                        GROUP,
                        "menu.committee.interests",
                        Pages.BUNDLE,
                        "/committee/interests.xhtml",
                        "pi pi-id-card",
                        Set.of(Role.DAC_MEMBER, Role.DAC_CHAIR),
                        42));
    }
}
