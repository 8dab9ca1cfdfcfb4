package fr.vigie.platform.security.application;

import fr.vigie.platform.api.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the identity federation's groups become Vigie roles (variable {@code vigie.sso.role-mapping}).
 * Written {@code group=ROLE[,ROLE...];group=ROLE...}: a group may grant several roles, several groups
 * the same role; a group not listed grants nothing. Group names are compared exactly, as the
 * provider spells them. An unknown role name makes every single sign-on fail, with the name in the log,
 * rather than silently granting less than the administrator wrote.
 */
public final class SsoRoleMapping {
    private final Map<String, Set<Role>> rolesByGroup;

    private SsoRoleMapping(Map<String, Set<Role>> rolesByGroup) {
        this.rolesByGroup = rolesByGroup;
    }

    public static SsoRoleMapping parse(String text) {
        Map<String, Set<Role>> mapping = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return new SsoRoleMapping(mapping);
        }
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.lastIndexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(
                        "vigie.sso.role-mapping: expected group=ROLE[,ROLE...], got \"" + entry.trim() + "\"");
            }
            String group = entry.substring(0, equals).trim();
            Set<Role> roles = mapping.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class));
            for (String role : entry.substring(equals + 1).split(",")) {
                if (!role.isBlank()) {
                    roles.add(Role.fromName(role.trim()));
                }
            }
        }
        return new SsoRoleMapping(mapping);
    }

    /** The roles the caller's groups grant; empty when none of them is mapped. */
    public Set<Role> rolesFor(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            roles.addAll(rolesByGroup.getOrDefault(group, Set.of()));
        }
        return roles;
    }

    public boolean isEmpty() {
        return rolesByGroup.isEmpty();
    }
}
