package fr.vigie.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RolesTest {
    @Test
    void everyRoleHasItsConstantAndNothingMore() {
        Set<String> constants = Arrays.stream(Roles.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(RolesTest::value)
                .collect(Collectors.toSet());
        Set<String> roles = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());
        assertEquals(roles, constants);
    }

    @Test
    void unknownStoredRoleIsReportedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Role.fromName("SUPERUSER"));
        assertEquals("Unknown role: SUPERUSER", e.getMessage());
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
