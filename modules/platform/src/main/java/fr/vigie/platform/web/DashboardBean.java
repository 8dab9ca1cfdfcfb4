package fr.vigie.platform.web;

import fr.vigie.platform.api.Role;
import fr.vigie.platform.api.security.CurrentUser;
import fr.vigie.platform.audit.application.AuditChainVerifier;
import fr.vigie.platform.audit.application.AuditEntryView;
import fr.vigie.platform.audit.application.AuditFilter;
import fr.vigie.platform.audit.application.AuditQueries;
import fr.vigie.platform.audit.application.ChainVerification;
import fr.vigie.platform.security.application.UserAdministration;
import fr.vigie.platform.security.application.UserSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/**
 * The home page: one panel per role the user holds. Services restricted to a role are called
 * only for users holding it, so the page renders for everyone.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBean {
    static final int LAST_AUDIT_ENTRIES = 5;

    /** Roles whose module is not delivered yet: their panel says so (the order is the page's). */
    private static final List<Role> UPCOMING_MODULE_ROLES = Arrays.stream(Role.values())
            .filter(role -> role != Role.ADMINISTRATOR && role != Role.AUDITOR)
            .toList();

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAdministration userAdministration;

    @Inject
    AuditQueries auditQueries;

    @Inject
    AuditChainVerifier chainVerifier;

    private List<UserSummary> users;
    private List<AuditEntryView> lastAuditEntries;
    private ChainVerification verification;

    public List<Role> getUpcomingModuleRoles() {
        return UPCOMING_MODULE_ROLES.stream().filter(currentUser::hasRole).toList();
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
