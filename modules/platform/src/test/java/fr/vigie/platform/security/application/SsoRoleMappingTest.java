package fr.vigie.platform.security.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.vigie.platform.api.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsoRoleMappingTest {
    private final SsoRoleMapping mapping = SsoRoleMapping.parse(
            " vigie-plaintes = COMPLAINT_HANDLER ; vigie-direction=MANAGER,AUDITOR;cn=admins,ou=groups=ADMINISTRATOR;");

    @Test
    void a_group_grants_its_roles_and_several_groups_add_up() {
        assertEquals(Set.of(Role.COMPLAINT_HANDLER), mapping.rolesFor(List.of("vigie-plaintes")));
        assertEquals(
                Set.of(Role.COMPLAINT_HANDLER, Role.MANAGER, Role.AUDITOR),
                mapping.rolesFor(List.of("vigie-plaintes", "vigie-direction")));
    }

    @Test
    void a_group_name_may_contain_equals_signs_and_commas() {
        assertEquals(Set.of(Role.ADMINISTRATOR), mapping.rolesFor(List.of("cn=admins,ou=groups")));
    }

    @Test
    void an_unmapped_group_grants_nothing_and_names_are_exact() {
        assertTrue(mapping.rolesFor(List.of("stagiaires", "VIGIE-PLAINTES")).isEmpty());
        assertTrue(SsoRoleMapping.parse("").rolesFor(List.of("vigie-plaintes")).isEmpty());
    }

    @Test
    void an_unknown_role_or_a_malformed_entry_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> SsoRoleMapping.parse("g=BOSS"));
        assertThrows(IllegalArgumentException.class, () -> SsoRoleMapping.parse("just-a-group"));
    }
}
