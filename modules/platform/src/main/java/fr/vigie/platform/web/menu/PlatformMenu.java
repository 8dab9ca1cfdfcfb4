package fr.vigie.platform.web.menu;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.web.MenuContribution;
import fr.vigie.platform.api.web.MenuEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * The platform's own pages: home for everyone, user administration, API tokens, data retention and
 * people's requests, the audit trail, the read-access log.
 */
@ApplicationScoped
public class PlatformMenu implements MenuContribution {
    static final String BUNDLE = "fr.vigie.platform.i18n.messages";
    static final String ACCESS_LOG_BUNDLE = "fr.vigie.platform.i18n.access";

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry("menuHome", null, "menu.home", BUNDLE, "/index.xhtml", "pi pi-home", Set.of(), 0),
                new MenuEntry(
                        "menuUsers",
                        "menu.administration",
                        "menu.users",
                        BUNDLE,
                        "/admin/users.xhtml",
                        "pi pi-users",
                        Set.of(Role.ADMINISTRATOR),
                        900),
                new MenuEntry(
                        "menuTokens",
                        "menu.administration",
                        "menu.tokens",
                        BUNDLE,
                        "/admin/tokens.xhtml",
                        "pi pi-key",
                        Set.of(Role.ADMINISTRATOR),
                        905),
                new MenuEntry(
                        "menuRetention",
                        "menu.administration",
                        "menu.retention",
                        BUNDLE,
                        "/admin/retention.xhtml",
                        "pi pi-calendar-times",
                        Set.of(Role.ADMINISTRATOR),
                        910),
                new MenuEntry(
                        "menuSubjectRequests",
                        "menu.administration",
                        "menu.subjectRequests",
                        BUNDLE,
                        "/admin/subject-requests.xhtml",
                        "pi pi-id-card",
                        Set.of(Role.ADMINISTRATOR),
                        915),
                new MenuEntry(
                        "menuAudit",
                        null,
                        "menu.audit",
                        BUNDLE,
                        "/audit/trail.xhtml",
                        "pi pi-history",
                        Set.of(Role.AUDITOR),
                        950),
                new MenuEntry(
                        "menuAccessLog",
                        null,
                        "menu.accessLog",
                        ACCESS_LOG_BUNDLE,
                        "/audit/access-log.xhtml",
                        "pi pi-eye",
                        Set.of(Role.AUDITOR),
                        955));
    }
}
