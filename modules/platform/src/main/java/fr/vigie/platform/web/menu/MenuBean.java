package fr.vigie.platform.web.menu;

import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.api.web.MenuContribution;
import fr.vigie.platform.api.web.MenuEntry;
import fr.vigie.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuElement;
import org.primefaces.model.menu.MenuModel;

/** Builds the main menu of the current user from every module's {@link MenuContribution}. */
@Named("mainMenu")
@RequestScoped
public class MenuBean {
    private static final Logger LOG = Logger.getLogger(MenuBean.class.getName());
    /** CSS class carrying an entry's id on its link, e.g. {@code vg-menu-menuUsers} (used by browser tests). */
    public static final String ENTRY_CLASS_PREFIX = "vg-menu-";

    @Inject
    Instance<MenuContribution> contributions;

    @Inject
    CurrentUser currentUser;

    private MenuModel model;

    @PostConstruct
    void build() {
        model = new DefaultMenuModel();
        // A group sits where its first entry would; its entries keep their own order inside it.
        Map<String, DefaultSubMenu.Builder> groups = new LinkedHashMap<>();
        List<Object> slots = new ArrayList<>();
        for (MenuEntry entry : visibleEntries()) {
            DefaultMenuItem item = DefaultMenuItem.builder()
                    .id(entry.id())
                    // Model items get no HTML id from the menubar: the class is their stable hook.
                    .styleClass(ENTRY_CLASS_PREFIX + entry.id())
                    .value(FacesMessages.text(entry.bundle(), entry.labelKey()))
                    .icon(entry.icon())
                    .outcome(entry.outcome())
                    .build();
            if (entry.group() == null) {
                slots.add(item);
            } else {
                groups.computeIfAbsent(entry.group(), key -> {
                            slots.add(key);
                            return DefaultSubMenu.builder()
                                    .id(key.replaceAll("[^A-Za-z0-9]", "_"))
                                    .label(groupLabel(entry.bundle(), key));
                        })
                        .addElement(item);
            }
        }
        for (Object slot : slots) {
            model.getElements()
                    .add(slot instanceof String group ? groups.get(group).build() : (MenuElement) slot);
        }
    }

    List<MenuEntry> visibleEntries() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return contributions.stream()
                .flatMap(contribution -> contribution.entries().stream())
                .filter(entry -> entry.visibleTo(currentUser.roles()))
                .filter(entry -> pageExists(faces, entry))
                .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::id))
                .toList();
    }

    /** Groups are shared between modules: a module's bundle may leave a platform group's label to the platform. */
    private static String groupLabel(String bundle, String key) {
        String label = FacesMessages.text(bundle, key);
        return label.equals(key) ? FacesMessages.text(key) : label;
    }

    /**
     * An entry whose page is not (yet) in the application is left out rather than breaking every
     * page: a module may declare its menu before its pages exist.
     */
    private static boolean pageExists(FacesContext faces, MenuEntry entry) {
        if (faces == null
                || faces.getApplication().getResourceHandler().createViewResource(faces, entry.outcome()) != null) {
            return true;
        }
        LOG.log(Level.WARNING, "Menu entry {0} left out: its page {1} does not exist", new Object[] {
            entry.id(), entry.outcome()
        });
        return false;
    }

    public MenuModel getModel() {
        return model;
    }
}
