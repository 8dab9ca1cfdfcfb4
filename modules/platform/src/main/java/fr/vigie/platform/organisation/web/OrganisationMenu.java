package fr.vigie.platform.organisation.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.MenuContribution;
import fr.vigie.platform.api.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The directory for every member of staff; the SIRENE import under Administration. */
@ApplicationScoped
public class OrganisationMenu implements MenuContribution {
    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(
                        "menuOrganisations",
                        null,
                        "menu.organisations",
                        OrganisationTexts.BUNDLE,
                        "/organisations/directory.xhtml",
                        "pi pi-building",
                        Set.of(),
                        800),
                new MenuEntry(
                        "menuSireneImport",
                        "menu.administration",
                        "menu.sireneImport",
                        OrganisationTexts.BUNDLE,
                        "/admin/sirene-import.xhtml",
                        "pi pi-upload",
                        Set.of(Role.ADMINISTRATOR),
                        910));
    }
}
