package fr.vigie.platform.api.web;

import java.util.List;

/**
 * Extension point of the main menu: a module adds its pages by providing an
 * {@code @ApplicationScoped} bean implementing this interface. Entries with the same
 * {@link MenuEntry#group()} key are shown together in one sub-menu.
 *
 * <pre>{@code
 * @ApplicationScoped
 * class ComplaintsMenu implements MenuContribution {
 *     public List<MenuEntry> entries() {
 *         return List.of(new MenuEntry("menu-complaints", null, "menu.complaints", "fr.vigie.complaints.i18n.messages",
 *                 "/complaints/list.xhtml", "pi pi-inbox", Set.of(Role.COMPLAINT_HANDLER, Role.MANAGER), 20));
 *     }
 * }
 * }</pre>
 */
public interface MenuContribution {
    List<MenuEntry> entries();
}
