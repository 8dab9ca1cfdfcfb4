package fr.vigie.platform.clock.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.MenuContribution;
import fr.vigie.platform.api.web.MenuEntry;
import fr.vigie.platform.clock.application.ClockException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The clocks' pages in the main menu: the calculator for all staff, the calendar and the catalogue for administrators. */
@ApplicationScoped
public class ClockMenu implements MenuContribution {
    static final String BUNDLE = ClockException.BUNDLE;

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(
                        "menuClockCalculator",
                        null,
                        "menu.clocks.calculator",
                        BUNDLE,
                        "/clocks/calculator.xhtml",
                        "pi pi-calendar",
                        Set.of(),
                        500),
                new MenuEntry(
                        "menuHolidays",
                        "menu.administration",
                        "menu.clocks.calendar",
                        BUNDLE,
                        "/admin/calendar.xhtml",
                        "pi pi-calendar-times",
                        Set.of(Role.ADMINISTRATOR),
                        910),
                new MenuEntry(
                        "menuPolicies",
                        "menu.administration",
                        "menu.clocks.policies",
                        BUNDLE,
                        "/admin/policies.xhtml",
                        "pi pi-book",
                        Set.of(Role.ADMINISTRATOR),
                        920));
    }
}
