package fr.vigie.platform.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.api.web.HomeContribution;
import fr.vigie.platform.api.web.HomeWidget;
import fr.vigie.platform.audit.application.AuditChainVerifier;
import fr.vigie.platform.audit.application.AuditEntryView;
import fr.vigie.platform.audit.application.AuditFilter;
import fr.vigie.platform.audit.application.AuditQueries;
import fr.vigie.platform.audit.application.ChainVerification;
import fr.vigie.platform.security.application.UserAdministration;
import fr.vigie.platform.security.application.UserSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The home page: one panel per role the user holds. Services restricted to a role are called
 * only for users holding it, so the page renders for everyone.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBean {
    static final int LAST_AUDIT_ENTRIES = 5;

    @Inject
    CurrentUser currentUser;

    @Inject
    Instance<HomeContribution> contributions;

    @Inject
    UserAdministration userAdministration;

    @Inject
    AuditQueries auditQueries;

    @Inject
    AuditChainVerifier chainVerifier;

    private List<UserSummary> users;
    private List<AuditEntryView> lastAuditEntries;
    private ChainVerification verification;

    private List<HomeWidget> widgets;

    /** The modules' panels for the roles the user holds, in page order. */
    public List<HomeWidget> getWidgets() {
        if (widgets == null) {
            Set<Role> held = heldRoles();
            widgets = contributions.stream()
                    .flatMap(contribution -> contribution.widgets().stream())
                    .filter(widget -> widget.visibleTo(held))
                    .sorted(Comparator.comparingInt(HomeWidget::order))
                    .toList();
        }
        return widgets;
    }

    private Set<Role> heldRoles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (currentUser.hasRole(role)) {
                held.add(role);
            }
        }
        return held;
    }

    public boolean isAdministrator() {
        return currentUser.hasRole(Role.ADMINISTRATOR);
    }

    public boolean isAuditor() {
        return currentUser.hasRole(Role.AUDITOR);
    }

    public long getUserCount() {
        return users().size();
    }

    public long getActiveUserCount() {
        return users().stream().filter(UserSummary::active).count();
    }

    public long getLockedUserCount() {
        return users().stream().filter(UserSummary::locked).count();
    }

    public List<AuditEntryView> getLastAuditEntries() {
        if (lastAuditEntries == null) {
            lastAuditEntries = isAuditor()
                    ? auditQueries.search(new AuditFilter(null, null, null, null, null), 0, LAST_AUDIT_ENTRIES)
                    : List.of();
        }
        return lastAuditEntries;
    }

    public void verifyChain() {
        if (isAuditor()) {
            verification = chainVerifier.verify();
        }
    }

    public ChainVerification getVerification() {
        return verification;
    }

    private List<UserSummary> users() {
        if (users == null) {
            users = isAdministrator() ? userAdministration.listUsers() : List.of();
        }
        return users;
    }
}
