package fr.vigie.platform.api.web;

import fr.vigie.platform.api.Role;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the main menu.
 *
 * @param id          stable id, unique in the menu (rendered as the CSS class {@code vg-menu-<id>} of the link)
 * @param group       label key of the sub-menu the entry belongs to, or null for a top-level entry
 * @param labelKey    label key in {@code bundle}
 * @param bundle      resource bundle base name holding the labels of the entry and of its group
 * @param outcome     view id to open, e.g. {@code /admin/users.xhtml}
 * @param icon        PrimeFaces icon class, may be null
 * @param roles       roles allowed to see the entry; empty means every signed-in user
 * @param order       position: entries and groups are sorted by it, lowest first
 */
public record MenuEntry(
        String id,
        String group,
        String labelKey,
        String bundle,
        String outcome,
        String icon,
        Set<Role> roles,
        int order) {

    public MenuEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(outcome, "outcome");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Whether a user holding {@code held} may see this entry. */
    public boolean visibleTo(Set<Role> held) {
        return roles.isEmpty() || roles.stream().anyMatch(held::contains);
    }
}
