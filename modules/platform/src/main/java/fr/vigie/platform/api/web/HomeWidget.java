package fr.vigie.platform.api.web;

import fr.vigie.platform.api.Role;
import java.util.Objects;
import java.util.Set;

/**
 * One panel of the home page, contributed by a module (see {@link HomeContribution}).
 *
 * @param id      stable id, unique on the page
 * @param facelet the module's facelet included in the dashboard, e.g. {@code /inspections/home-widget.xhtml};
 *                it renders one {@code p:panel} with the class {@code vg-widget}
 * @param roles   roles that see the panel (a user holding any of them); a facelet serving several roles
 *                renders one panel per role the user holds (see the sanctions and committee widgets)
 * @param order   position on the page, lowest first
 */
public record HomeWidget(String id, String facelet, Set<Role> roles, int order) {
    public HomeWidget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facelet, "facelet");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean visibleTo(Set<Role> held) {
        return roles.stream().anyMatch(held::contains);
    }
}
