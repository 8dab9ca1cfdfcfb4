package fr.vigie.platform.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuditReasonKeyTest {
    static final String SECRET = "test-only-audit-reason-key-0123456789abcdef";

    @Test
    void theDigestIsTheHexHmacSha256OfTheReasonUnderTheKey() {
        // Computed independently: python3 hmac.new(key, reason.encode(), hashlib.sha256).hexdigest()
        assertEquals(
                "7617ed16fd6b3c1a043683aaec23322d99d0e16008fdee17bf7be7baa8b7d006",
                AuditReasonKey.of(SECRET).digest("Retrait demandé par M. Dupont"));
    }

    @Test
    void noReasonHasNoDigest() {
        assertNull(AuditReasonKey.of(SECRET).digest(null));
    }

    @Test
    void anotherKeyGivesAnotherDigestSoAGuessCannotBeCheckedWithoutTheKey() {
        String reason = "Retrait demandé par M. Dupont";
        assertNotEquals(
                AuditReasonKey.of(SECRET).digest(reason),
                AuditReasonKey.of(SECRET.replace('0', 'O')).digest(reason));
    }

    @Test
    void aMissingOrShortKeyIsRefusedWithItsLength() {
        assertEquals(
                "The audit reason key is missing",
                assertThrows(IllegalArgumentException.class, () -> AuditReasonKey.of(null))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> AuditReasonKey.of("   "));
        IllegalArgumentException tooShort =
                assertThrows(IllegalArgumentException.class, () -> AuditReasonKey.of("x".repeat(31)));
        assertEquals("The audit reason key has 31 characters; it needs at least 32", tooShort.getMessage());
        assertEquals(64, AuditReasonKey.of("x".repeat(32)).digest("r").length());
    }

    @Test
    void theSecretIsNeverPrinted() {
        String printed = AuditReasonKey.of(SECRET).toString();
        assertFalse(printed.contains(SECRET), printed);
        assertTrue(printed.startsWith("AuditReasonKey"), printed);
    }
}
